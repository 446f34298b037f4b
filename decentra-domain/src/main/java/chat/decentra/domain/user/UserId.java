package chat.decentra.domain.user;

import chat.decentra.domain.id.Ids;

/** Identifies a user: a 64-bit, time-ordered id. */
public record UserId(long value) {

  public UserId {
    if (value <= 0) {
      throw new IllegalArgumentException("user id must be positive: " + value);
    }
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static java.util.Optional<UserId> parse(String text) {
    return Ids.parsePositiveLong(text).map(UserId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
