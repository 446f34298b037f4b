package chat.decentra.application.port.out;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Signed-in sessions, found by the hash of their token. */
public interface AuthSessionPort {

  void insertSession(AuthSession session);

  Optional<AuthSession> findByTokenHash(String tokenHash);

  /** Writes last use, expiry and client IP. */
  void updateSession(AuthSession session);

  /** The user's sessions, most recently used first. */
  List<AuthSession> listSessions(UserId user);

  /** Deletes the session if it belongs to the user; true when it did. */
  boolean deleteSession(UserId user, SessionId session);

  /** Deletes every session of the user but one; returns those deleted. */
  Set<SessionId> deleteOtherSessions(UserId user, SessionId keep);

  /** Deletes sessions that expired before {@code now}; returns how many. */
  int deleteExpired(Instant now);
}
