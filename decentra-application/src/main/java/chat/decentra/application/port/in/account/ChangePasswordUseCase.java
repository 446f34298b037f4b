package chat.decentra.application.port.in.account;

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
}
