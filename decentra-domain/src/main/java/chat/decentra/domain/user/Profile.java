package chat.decentra.domain.user;

import chat.decentra.domain.text.Text;

/** Limits of what a user writes about themself. */
public final class Profile {

  public static final int DISPLAY_NAME_MAX = 32;
  public static final int CUSTOM_STATUS_MAX = 128;

  private Profile() {}

  /** True for a display name of 1–32 characters without control characters. */
  public static boolean isValidDisplayName(String name) {
    return Text.isPlainLine(name, 1, DISPLAY_NAME_MAX);
  }

  /** True for a custom status of 1–128 characters without control characters. */
  public static boolean isValidCustomStatus(String status) {
    return Text.isPlainLine(status, 1, CUSTOM_STATUS_MAX);
  }
}
