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
import java.util.Set;

/** Changes a password after checking the old one, and signs out every other session. */
public final class ChangePasswordService implements ChangePasswordUseCase {

  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final AuthSessionPort sessions;
  private final PasswordHashPort passwords;
  private final TransactionPort transactions;
  private final PublishEventPort events;

  public ChangePasswordService(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      AuthSessionPort sessions,
      PasswordHashPort passwords,
      TransactionPort transactions,
      PublishEventPort events) {
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.sessions = sessions;
    this.passwords = passwords;
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public Result changePassword(Command command) {
    if (!Password.isAcceptable(command.newPassword())) {
      return new InvalidPassword();
    }
    var userId = command.caller().user().id();
    var stored = loadUsers.loadCredentials(userId).orElseThrow();
    String old = command.oldPassword() == null ? "" : command.oldPassword();
    if (!Password.isAcceptable(old) || !passwords.verify(old, stored.passwordHash())) {
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
