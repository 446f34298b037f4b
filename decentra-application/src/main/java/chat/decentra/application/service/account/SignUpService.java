package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.SignedIn;
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
  private final ServerInviteRegistration serverInvites;

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
      AccountSettings settings,
      ServerInviteRegistration serverInvites) {
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
    this.serverInvites = serverInvites;
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
    Optional<UserId> serverSponsor = Optional.empty();
    if (code.isPresent() && invites.findInvite(code.get()).isEmpty()) {
      switch (serverInvites.lookUp(code.get(), clock.instant())) {
        case ServerInviteRegistration.Usable(UserId sponsor) ->
            serverSponsor = Optional.of(sponsor);
        case ServerInviteRegistration.Unusable(InviteState state) -> {
          return new InviteUnusable(state);
        }
        case ServerInviteRegistration.NotAServerInvite notOne -> {
          if (instance.admin().isPresent()) {
            return new InviteUnknown();
          }
        }
      }
      if (serverSponsor.isPresent() && !instance.guildInvitesAllowSignUp() && needsInvite()) {
        // The admin keeps sign-up to instance invites; a server invite is for people with accounts.
        return new InviteRequired();
      }
    }
    if (instance.admin().isPresent() && serverSponsor.isEmpty()) {
      if (code.isEmpty() && needsInvite()) {
        return new InviteRequired();
      }
      if (code.isPresent()) {
        InviteState state = invites.findInvite(code.get()).orElseThrow().stateAt(clock.instant());
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
    Optional<UserId> sponsor = serverSponsor;
    Result result =
        transactions.inTransaction(
            tx -> {
              Result outcome =
                  register(
                      id,
                      username,
                      hash,
                      sponsor.isPresent() ? Optional.empty() : code,
                      sponsor,
                      command);
              if (!(outcome instanceof SignedUp)) {
                tx.setRollbackOnly();
              }
              return outcome;
            });
    if (result instanceof SignedUp(SignedIn session) && serverSponsor.isPresent()) {
      serverInvites.join(
          new Caller(session.user(), session.sessionId()), code.orElseThrow(), command.client());
    }
    return result;
  }

  private boolean needsInvite() {
    return settings.registration() == RegistrationMode.INVITE;
  }

  private Result register(
      UserId id,
      Username username,
      String hash,
      Optional<InviteCode> code,
      Optional<UserId> serverSponsor,
      Command command) {
    boolean first = instance.admin().isEmpty() && instance.claimAdmin(id);
    Optional<InstanceInvite> invite = Optional.empty();
    // A server invite admits on its own; its use is taken when the newcomer joins the server.
    boolean admitted = first || serverSponsor.isPresent();
    if (!admitted && code.isPresent()) {
      invite = invites.findInviteForUpdate(code.get());
      if (invite.isEmpty()) {
        return new InviteUnknown();
      }
      InviteState state = invite.get().stateAt(clock.instant());
      if (state != InviteState.USABLE) {
        return new InviteUnusable(state);
      }
    } else if (!admitted && needsInvite()) {
      return new InviteRequired();
    }
    Optional<UserId> invitedBy =
        first ? Optional.empty() : invite.map(InstanceInvite::createdBy).or(() -> serverSponsor);
    var user = User.newcomer(id, username, first, invitedBy, clock.instant());
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
