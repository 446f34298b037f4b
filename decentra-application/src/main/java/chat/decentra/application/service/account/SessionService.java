package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.ListSessionsUseCase;
import chat.decentra.application.port.in.account.LogOutUseCase;
import chat.decentra.application.port.in.account.PurgeExpiredSessionsUseCase;
import chat.decentra.application.port.in.account.RevokeSessionUseCase;
import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserEvent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Recognises session tokens, and lists and ends sessions. */
public final class SessionService
    implements AuthenticateUseCase,
        LogOutUseCase,
        ListSessionsUseCase,
        RevokeSessionUseCase,
        PurgeExpiredSessionsUseCase {

  private final AuthSessionPort sessions;
  private final LoadUserPort users;
  private final PublishEventPort events;
  private final Clock clock;
  private final AccountSettings settings;

  public SessionService(
      AuthSessionPort sessions,
      LoadUserPort users,
      PublishEventPort events,
      Clock clock,
      AccountSettings settings) {
    this.sessions = sessions;
    this.users = users;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
  }

  @Override
  public Optional<Caller> authenticate(String token, ClientInfo client) {
    if (!SessionTokens.isWellFormed(token)) {
      return Optional.empty();
    }
    var now = clock.instant();
    var found = sessions.findByTokenHash(SessionTokens.hash(token));
    if (found.isEmpty() || found.get().isExpiredAt(now)) {
      return Optional.empty();
    }
    AuthSession session = found.get();
    if (session.isStaleAt(now)) {
      String ip = client.ip().isEmpty() ? null : client.ip();
      sessions.updateSession(session.usedAt(now, settings.sessionTtl(), ip));
    }
    return users.loadUser(session.userId()).map(user -> new Caller(user, session.id()));
  }

  @Override
  public void logOut(Caller caller) {
    revoke(caller, caller.sessionId());
  }

  @Override
  public List<AuthSession> sessions(Caller caller) {
    var now = clock.instant();
    return sessions.listSessions(caller.user().id()).stream()
        .filter(s -> !s.isExpiredAt(now))
        .toList();
  }

  @Override
  public Result revoke(Caller caller, SessionId session) {
    if (!sessions.deleteSession(caller.user().id(), session)) {
      return new NotFound();
    }
    events.publish(new UserEvent.SessionsRevoked(caller.user().id(), Set.of(session)));
    return new Revoked();
  }

  @Override
  public int purgeExpired() {
    return sessions.deleteExpired(clock.instant());
  }
}
