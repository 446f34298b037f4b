package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PasswordHashPort;
import chat.decentra.application.port.out.StoredCredentials;
import chat.decentra.domain.user.Password;
import chat.decentra.domain.user.Username;
import java.util.Optional;

/**
 * Signs people in. A wrong password and an unknown user get the same answer after the same hashing
 * work, so the answer tells a guesser nothing about which names exist.
 */
public final class LogInService implements LogInUseCase {

  private final LoadUserPort users;
  private final PasswordHashPort passwords;
  private final SessionIssuer sessions;
  private final LoginThrottle throttle;
  private volatile String timingEqualizer;

  public LogInService(
      LoadUserPort users,
      PasswordHashPort passwords,
      SessionIssuer sessions,
      LoginThrottle throttle) {
    this.users = users;
    this.passwords = passwords;
    this.sessions = sessions;
    this.throttle = throttle;
  }

  @Override
  public Result logIn(Command command) {
    String name = command.username() == null ? "" : command.username();
    String password = command.password() == null ? "" : command.password();
    // Only real usernames are counted per account: anything else could only grow the throttle.
    String account = Username.isValid(name) ? Username.canonical(name) : "";
    String ip = command.client().ip();
    var wait = throttle.check(account, ip);
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    Optional<StoredCredentials> credentials =
        Username.isValid(name) ? users.loadCredentials(account) : Optional.empty();
    boolean matches = false;
    if (Password.isAcceptable(password)) {
      if (credentials.isPresent()) {
        matches = passwords.verify(password, credentials.get().passwordHash());
      } else {
        passwords.verify(password, timingEqualizer());
      }
    }
    boolean verified = matches;
    var user = credentials.filter(c -> verified).flatMap(c -> users.loadUser(c.userId()));
    if (user.isEmpty()) {
      throttle.recordFailure(account, ip);
      return new InvalidCredentials();
    }
    throttle.recordSuccess(account, ip);
    return new LoggedIn(sessions.issue(user.get(), command.client()));
  }

  /**
   * A real hash to verify against when the user does not exist, so that the miss costs the same.
   */
  private String timingEqualizer() {
    String hash = timingEqualizer;
    if (hash == null) {
      hash = passwords.hash(SessionTokens.newToken());
      timingEqualizer = hash;
    }
    return hash;
  }
}
