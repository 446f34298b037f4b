package chat.decentra.domain.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.text.Text;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * A named set of permissions given to members; its position ranks it in the guild's hierarchy.
 *
 * <p>Every guild has an {@code @everyone} role whose id is the guild's id, at position 0, held by
 * every member without being assigned. Other roles sit at position 1 or above.
 *
 * @param colour a 24-bit RGB colour; 0 means none
 * @param hoist whether members with this role are listed apart in the member list
 */
public record Role(
    RoleId id,
    GuildId guildId,
    String name,
    int colour,
    int position,
    Permissions permissions,
    boolean hoist) {

  public static final String EVERYONE_NAME = "@everyone";
  public static final int NAME_MAX = 100;
  public static final int COLOUR_MAX = 0xFFFFFF;

  /** What {@code @everyone} may do in a new guild: take part, but not administer. */
  public static final Permissions DEFAULT_EVERYONE_PERMISSIONS =
      Permissions.of(
          Permission.VIEW_CHANNEL,
          Permission.SEND_MESSAGES,
          Permission.READ_MESSAGE_HISTORY,
          Permission.EMBED_LINKS,
          Permission.ATTACH_FILES,
          Permission.MENTION_EVERYONE,
          Permission.CREATE_INVITE,
          Permission.CHANGE_NICKNAME,
          Permission.CONNECT,
          Permission.SPEAK,
          Permission.VIDEO);

  /**
   * Orders roles from the lowest to the highest rank: by position, and at equal positions the older
   * role (smaller id) ranks higher.
   */
  public static final Comparator<Role> HIERARCHY =
      Comparator.comparingInt(Role::position)
          .thenComparing((a, b) -> Long.compare(b.id().value(), a.id().value()));

  public Role {
    if (id == null || guildId == null) {
      throw new IllegalArgumentException("id and guildId are required");
    }
    if (permissions == null) {
      throw new IllegalArgumentException("permissions are required");
    }
    if (!isValidColour(colour)) {
      throw new IllegalArgumentException("colour is not a 24-bit RGB value: " + colour);
    }
    if (id.value() == guildId.value()) {
      if (!EVERYONE_NAME.equals(name)) {
        throw new IllegalArgumentException("name of the @everyone role must be @everyone");
      }
      if (position != 0) {
        throw new IllegalArgumentException("position of the @everyone role must be 0: " + position);
      }
    } else {
      if (!isValidName(name)) {
        throw new IllegalArgumentException("name is not an allowed role name: " + name);
      }
      if (position < 1) {
        throw new IllegalArgumentException("position must be 1 or more: " + position);
      }
    }
  }

  /** The {@code @everyone} role of a guild. */
  public static Role everyone(GuildId guild, Permissions permissions) {
    return new Role(RoleId.everyone(guild), guild, EVERYONE_NAME, 0, 0, permissions, false);
  }

  /**
   * True for a role name of 1–100 characters without control characters that does not pretend to be
   * a mention of everyone.
   */
  public static boolean isValidName(String name) {
    if (!Text.isPlainLine(name, 1, NAME_MAX) || !name.equals(name.strip())) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.equals(EVERYONE_NAME) && !lower.equals("@here");
  }

  /** The name as typed, without surrounding spaces; empty when it is not allowed. */
  public static Optional<String> normalizeName(String typed) {
    return Optional.ofNullable(typed).map(String::strip).filter(Role::isValidName);
  }

  public static boolean isValidColour(int colour) {
    return colour >= 0 && colour <= COLOUR_MAX;
  }

  public boolean isEveryone() {
    return id.value() == guildId.value();
  }

  public Role withName(String newName) {
    return new Role(id, guildId, newName, colour, position, permissions, hoist);
  }

  public Role withColour(int newColour) {
    return new Role(id, guildId, name, newColour, position, permissions, hoist);
  }

  public Role withPosition(int newPosition) {
    return new Role(id, guildId, name, colour, newPosition, permissions, hoist);
  }

  public Role withPermissions(Permissions newPermissions) {
    return new Role(id, guildId, name, colour, position, newPermissions, hoist);
  }

  public Role withHoist(boolean newHoist) {
    return new Role(id, guildId, name, colour, position, permissions, newHoist);
  }
}
