package chat.decentra.domain.id;

import java.util.Optional;

/** Identifies a guild (a "server" in the UI): a 64-bit, time-ordered id. */
public record GuildId(long value) {

  public GuildId {
    if (value <= 0) {
      throw new IllegalArgumentException("guild id must be positive: " + value);
    }
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static Optional<GuildId> parse(String text) {
    return Ids.parsePositiveLong(text).map(GuildId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
