package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.ChangePasswordUseCase;
import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PasswordHashPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.Password;
import chat.decentra.domain.user.UserEvent;
import java.time.Clock;
import java.util.Set;

/** Changes a password after checking the old one, and signs out every other session. */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final AuthSessionPort sessions;
  private final PasswordHashPort passwords;
  private final TransactionPort transactions;
  private final PublishEventPort events;
  private final LoginThrottle wrongOldPasswords;

  public ChangePasswordService(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      AuthSessionPort sessions,
      PasswordHashPort passwords,
      TransactionPort transactions,
      PublishEventPort events,
      Clock clock) {
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.sessions = sessions;
    this.passwords = passwords;
    this.transactions = transactions;
    this.events = events;
    // Someone holding a stolen session must not be able to guess the password behind it: 5 wrong
    // old passwords per account in 15 minutes, whatever the address.
    this.wrongOldPasswords =
        new LoginThrottle(
            clock, LoginThrottle.ACCOUNT_LIMIT, Integer.MAX_VALUE, LoginThrottle.WINDOW);
  }

  @Override
  public Result changePassword(Command command) {
    if (!Password.isAcceptable(command.newPassword())) {
      return new InvalidPassword();
    }
    var userId = command.caller().user().id();
    String account = userId.toString();
    var wait = wrongOldPasswords.check(account, "");
    if (wait.isPresent()) {
      return new Throttled(wait.get());
    }
    var stored = loadUsers.loadCredentials(userId).orElseThrow();
    String old = command.oldPassword() == null ? "" : command.oldPassword();
    if (!Password.isAcceptable(old) || !passwords.verify(old, stored.passwordHash())) {
      wrongOldPasswords.recordFailure(account, "");
      return new WrongPassword();
    }
    String hash = passwords.hash(command.newPassword());
    Set<SessionId> revoked =
        transactions.inTransaction(
            tx -> {
              saveUsers.updatePasswordHash(userId, hash);
              return sessions.deleteOtherSessions(userId, command.caller().sessionId());
            });
    if (!revoked.isEmpty()) {
      events.publish(new UserEvent.SessionsRevoked(userId, revoked));
    }
    return new Changed();
  }
}
