package chat.decentra.application.testing;

import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Sessions in a map, for service tests. */
public final class InMemoryAuthSessionAdapter implements AuthSessionPort, InMemoryStore {

  private Map<SessionId, AuthSession> sessions = new LinkedHashMap<>();

  @Override
  public synchronized void insertSession(AuthSession session) {
    sessions.put(session.id(), session);
  }

  @Override
  public synchronized Optional<AuthSession> findByTokenHash(String tokenHash) {
    return sessions.values().stream().filter(s -> s.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public synchronized void updateSession(AuthSession session) {
    sessions.replace(session.id(), session);
  }

  @Override
  public synchronized List<AuthSession> listSessions(UserId user) {
    return sessions.values().stream()
        .filter(s -> s.userId().equals(user))
        .sorted(
            Comparator.comparing(AuthSession::lastUsedAt)
                .thenComparing(s -> s.id().value())
                .reversed())
        .toList();
  }

  @Override
  public synchronized boolean deleteSession(UserId user, SessionId session) {
    var found = sessions.get(session);
    if (found == null || !found.userId().equals(user)) {
      return false;
    }
    sessions.remove(session);
    return true;
  }

  @Override
  public synchronized Set<SessionId> deleteOtherSessions(UserId user, SessionId keep) {
    Set<SessionId> doomed =
        sessions.values().stream()
            .filter(s -> s.userId().equals(user) && !s.id().equals(keep))
            .map(AuthSession::id)
            .collect(Collectors.toSet());
    doomed.forEach(sessions::remove);
    return doomed;
  }

  @Override
  public synchronized int deleteExpired(Instant now) {
    var expired = sessions.values().stream().filter(s -> s.isExpiredAt(now)).toList();
    expired.forEach(s -> sessions.remove(s.id()));
    return expired.size();
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(sessions);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    sessions = new LinkedHashMap<>((Map<SessionId, AuthSession>) snapshot);
  }
}
