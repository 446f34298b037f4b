package chat.decentra.domain.id;

import java.util.Optional;

/** Parsing of the decimal id strings that travel on the wire. */
public final class Ids {

  private Ids() {}

  /** The id as a positive long, or empty when the text is not one (no signs, no leading zeros). */
  public static Optional<Long> parsePositiveLong(String text) {
    if (text == null || text.isEmpty() || text.length() > 19 || text.charAt(0) == '0') {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException overflow) {
      return Optional.empty();
    }
  }
}
