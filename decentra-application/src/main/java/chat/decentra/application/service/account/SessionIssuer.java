package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.User;
import java.time.Clock;

/** Starts sessions for users who proved who they are. */
public final class SessionIssuer {

  private final AuthSessionPort sessions;
  private final GenerateIdPort ids;
  private final Clock clock;
  private final AccountSettings settings;

  public SessionIssuer(
      AuthSessionPort sessions, GenerateIdPort ids, Clock clock, AccountSettings settings) {
    this.sessions = sessions;
    this.ids = ids;
    this.clock = clock;
    this.settings = settings;
  }

  /** Stores a new session for the user and returns it with its token. */
  public SignedIn issue(User user, ClientInfo client) {
    String token = SessionTokens.newToken();
    var session =
        AuthSession.start(
            new SessionId(ids.nextId()),
            user.id(),
            SessionTokens.hash(token),
            clock.instant(),
            settings.sessionTtl(),
            client.ip(),
            client.userAgent());
    sessions.insertSession(session);
    return new SignedIn(user, session.id(), token);
  }
}
