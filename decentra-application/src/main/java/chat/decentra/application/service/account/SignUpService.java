package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PasswordHashPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.instance.RegistrationMode;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.Password;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates accounts. The first account of an empty instance needs no invite and becomes the admin;
 * after that an invite is needed unless registration is open.
 */
public final class SignUpService implements SignUpUseCase {

  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final InstanceStatePort instance;
  private final InstanceInvitePort invites;
  private final PasswordHashPort passwords;
  private final TransactionPort transactions;
  private final SessionIssuer sessions;
  private final GenerateIdPort ids;
  private final Clock clock;
  private final AccountSettings settings;

  public SignUpService(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      InstanceStatePort instance,
      InstanceInvitePort invites,
      PasswordHashPort passwords,
      TransactionPort transactions,
      SessionIssuer sessions,
      GenerateIdPort ids,
      Clock clock,
      AccountSettings settings) {
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.instance = instance;
    this.invites = invites;
    this.passwords = passwords;
    this.transactions = transactions;
    this.sessions = sessions;
    this.ids = ids;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Result signUp(Command command) {
    if (!Username.isValid(command.username())) {
      return new InvalidUsername();
    }
    if (!Password.isAcceptable(command.password())) {
      return new InvalidPassword();
    }
    var username = new Username(command.username());
    Optional<String> inviteText = command.invite().map(String::strip).filter(s -> !s.isEmpty());
    if (inviteText.isPresent() && !InviteCode.isWellFormed(inviteText.get())) {
      return new InviteUnknown();
    }
    Optional<InviteCode> code = inviteText.map(InviteCode::new);
    // Cheap answers first: neither a missing invite nor a taken name is worth a slow hash. The
    // invite comes first so that only someone who may sign up learns which names are taken.
    if (instance.admin().isPresent()) {
      if (code.isEmpty() && needsInvite()) {
        return new InviteRequired();
      }
      if (code.isPresent()) {
        var invite = invites.findInvite(code.get());
        if (invite.isEmpty()) {
          return new InviteUnknown();
        }
        InviteState state = invite.get().stateAt(clock.instant());
        if (state != InviteState.USABLE) {
          return new InviteUnusable(state);
        }
      }
    }
    if (loadUsers.loadCredentials(username.canonical()).isPresent()) {
      return new UsernameTaken();
    }
    String hash = passwords.hash(command.password());
    var id = new UserId(ids.nextId());
    return transactions.inTransaction(
        tx -> {
          Result result = register(id, username, hash, code, command);
          if (!(result instanceof SignedUp)) {
            tx.setRollbackOnly();
          }
          return result;
        });
  }

  private boolean needsInvite() {
    return settings.registration() == RegistrationMode.INVITE;
  }

  private Result register(
      UserId id, Username username, String hash, Optional<InviteCode> code, Command command) {
    boolean first = instance.admin().isEmpty() && instance.claimAdmin(id);
    Optional<InstanceInvite> invite = Optional.empty();
    if (!first && code.isPresent()) {
      invite = invites.findInviteForUpdate(code.get());
      if (invite.isEmpty()) {
        return new InviteUnknown();
      }
      InviteState state = invite.get().stateAt(clock.instant());
      if (state != InviteState.USABLE) {
        return new InviteUnusable(state);
      }
    } else if (!first && needsInvite()) {
      return new InviteRequired();
    }
    var user =
        User.newcomer(id, username, first, invite.map(InstanceInvite::createdBy), clock.instant());
    if (!saveUsers.insertUser(user, hash)) {
      return new UsernameTaken();
    }
    invite.ifPresent(used -> invites.updateInvite(withOneMoreUse(used)));
    return new SignedUp(sessions.issue(user, command.client()));
  }

  private static InstanceInvite withOneMoreUse(InstanceInvite invite) {
    return new InstanceInvite(
        invite.code(),
        invite.createdBy(),
        invite.createdAt(),
        invite.maxUses(),
        invite.uses() + 1,
        invite.expiresAt(),
        invite.revoked());
  }
}
