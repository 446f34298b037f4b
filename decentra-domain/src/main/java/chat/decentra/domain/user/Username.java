package chat.decentra.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a person signs in with: 2–32 ASCII letters, digits, {@code _ . -}; unique without regard
 * to case.
 */
public record Username(String value) {

  public static final int MIN_LENGTH = 2;
  public static final int MAX_LENGTH = 32;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.-]{2,32}");

  public Username {
    if (!isValid(value)) {
      throw new IllegalArgumentException("username is not 2-32 letters, digits, _ . -: " + value);
    }
  }

  /** True when the text may be a username. */
  public static boolean isValid(String text) {
    return text != null && ALLOWED.matcher(text).matches();
  }

  /** The form in which uniqueness is decided: {@code Alice} and {@code alice} are the same user. */
  public String canonical() {
    return canonical(value);
  }

  /** The canonical form of any text, for looking a name up before it is known to be valid. */
  public static String canonical(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
