package chat.decentra.application.port.in.account;

import java.time.Duration;

/** Changing one's password; every other session is signed out. */
public interface ChangePasswordUseCase {

  Result changePassword(Command command);

  record Command(Caller caller, String oldPassword, String newPassword) {
    @Override
    public String toString() {
      return "ChangePassword[user=" + caller.user().id() + "]";
    }
  }

  sealed interface Result {}

  record Changed() implements Result {}

  record WrongPassword() implements Result {}

  record InvalidPassword() implements Result {}

  /** Too many wrong old passwords lately; try again after {@code retryAfter}. */
  record Throttled(Duration retryAfter) implements Result {}
}
