package chat.decentra.application.port.in.account;

import chat.decentra.domain.invite.InviteState;
import java.util.Optional;

/** Creating an account: the first one freely (it becomes the admin), later ones with an invite. */
public interface SignUpUseCase {

  Result signUp(Command command);

  /** What the newcomer typed, as text: the service decides what is valid. */
  record Command(String username, String password, Optional<String> invite, ClientInfo client) {
    @Override
    public String toString() {
      return "SignUp[username=" + username + "]";
    }
  }

  /** The outcome. */
  sealed interface Result {}

  /** The account exists and is signed in. */
  record SignedUp(SignedIn session) implements Result {}

  record InvalidUsername() implements Result {}

  record InvalidPassword() implements Result {}

  record UsernameTaken() implements Result {}

  /** Registration is by invite and none was given. */
  record InviteRequired() implements Result {}

  /** The invite does not exist. */
  record InviteUnknown() implements Result {}

  /** The invite exists but cannot be used: expired, used up or revoked. */
  record InviteUnusable(InviteState state) implements Result {}
}
