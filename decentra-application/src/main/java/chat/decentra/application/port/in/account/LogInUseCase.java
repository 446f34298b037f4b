package chat.decentra.application.port.in.account;

import java.time.Duration;

/** Signing in with a username and password. */
public interface LogInUseCase {

  Result logIn(Command command);

  record Command(String username, String password, ClientInfo client) {
    @Override
    public String toString() {
      return "LogIn[username=" + username + "]";
    }
  }

  sealed interface Result {}

  record LoggedIn(SignedIn session) implements Result {}

  /** Wrong password or unknown user: deliberately the same answer. */
  record InvalidCredentials() implements Result {}

  /** Too many failures lately; try again after {@code retryAfter}. */
  record Throttled(Duration retryAfter) implements Result {}
}
