package chat.decentra.domain.user;

import chat.decentra.domain.text.Text;

/** The password policy: 8 to 1024 characters, anything else is the owner's choice. */
public final class Password {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 1024;

  private Password() {}

  /** True when the password meets the policy. */
  public static boolean isAcceptable(String password) {
    if (password == null) {
      return false;
    }
    int length = Text.length(password);
    return length >= MIN_LENGTH && length <= MAX_LENGTH;
  }
}
