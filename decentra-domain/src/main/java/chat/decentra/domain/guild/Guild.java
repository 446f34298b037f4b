package chat.decentra.domain.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.text.Text;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A place where people gather, with channels, roles and members; called a "server" in the UI.
 *
 * @param ownerId the member who can do everything in it, and who alone may delete it
 */
public record Guild(
    GuildId id, String name, UserId ownerId, Optional<GuildIcon> icon, Instant createdAt) {

  public static final int NAME_MAX = 100;

  public Guild {
    if (id == null) {
      throw new IllegalArgumentException("id is required");
    }
    if (!isValidName(name)) {
      throw new IllegalArgumentException("name is not 1-100 characters without controls: " + name);
    }
    if (ownerId == null) {
      throw new IllegalArgumentException("ownerId is required");
    }
    if (icon == null) {
      throw new IllegalArgumentException("icon must be present or empty");
    }
    if (createdAt == null) {
      throw new IllegalArgumentException("createdAt is required");
    }
  }

  /** A new guild without an icon. */
  public static Guild create(GuildId id, String name, UserId owner, Instant now) {
    return new Guild(id, name, owner, Optional.empty(), now);
  }

  /** True for a name of 1–100 characters, not blank, without control characters. */
  public static boolean isValidName(String name) {
    return Text.isPlainLine(name, 1, NAME_MAX) && name.equals(name.strip());
  }

  /** The name as people typed it, without surrounding spaces; empty when it is not allowed. */
  public static Optional<String> normalizeName(String typed) {
    return Optional.ofNullable(typed).map(String::strip).filter(Guild::isValidName);
  }

  /** The id of this guild's {@code @everyone} role. */
  public RoleId everyoneRoleId() {
    return RoleId.everyone(id);
  }

  public boolean isOwnedBy(UserId user) {
    return ownerId.equals(user);
  }

  public Guild withName(String newName) {
    return new Guild(id, newName, ownerId, icon, createdAt);
  }

  public Guild withOwner(UserId newOwner) {
    return new Guild(id, name, newOwner, icon, createdAt);
  }

  public Guild withIcon(Optional<GuildIcon> newIcon) {
    return new Guild(id, name, ownerId, newIcon, createdAt);
  }
}
