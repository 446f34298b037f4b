package chat.decentra.domain.id;

import java.util.Optional;

/** Identifies one signed-in session of a user (one browser, one bot). */
public record SessionId(long value) {

  public SessionId {
    if (value <= 0) {
      throw new IllegalArgumentException("session id must be positive: " + value);
    }
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static Optional<SessionId> parse(String text) {
    return Ids.parsePositiveLong(text).map(SessionId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
