package chat.decentra.domain.invite;

import java.util.regex.Pattern;

/** The secret part of an invite link: 22 to 64 base64url characters (at least 128 random bits). */
public record InviteCode(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22,64}");

  public InviteCode {
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException("invite code is not 22-64 base64url characters");
    }
  }

  /** True when the text has the form of a code; whether it exists is another matter. */
  public static boolean isWellFormed(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
