package chat.decentra.domain.id;

import java.util.Optional;

/** Identifies a role: a 64-bit id; the {@code @everyone} role of a guild has the guild's id. */
public record RoleId(long value) {

  public RoleId {
    if (value <= 0) {
      throw new IllegalArgumentException("role id must be positive: " + value);
    }
  }

  /** The id of the guild's {@code @everyone} role, which every member holds implicitly. */
  public static RoleId everyone(GuildId guild) {
    return new RoleId(guild.value());
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static Optional<RoleId> parse(String text) {
    return Ids.parsePositiveLong(text).map(RoleId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
