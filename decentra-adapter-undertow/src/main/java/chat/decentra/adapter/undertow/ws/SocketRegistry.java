package chat.decentra.adapter.undertow.ws;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.UserId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live gateway sockets of this node: all of them, the authenticated ones by user and by
 * session, and by the guilds whose events they follow.
 */
final class SocketRegistry {

  private final Set<GatewaySession> open = ConcurrentHashMap.newKeySet();
  private final ConcurrentHashMap<UserId, Set<GatewaySession>> byUser = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<SessionId, Set<GatewaySession>> bySession =
      new ConcurrentHashMap<>();
  private final ConcurrentHashMap<GuildId, Set<GatewaySession>> byGuild = new ConcurrentHashMap<>();

  /**
   * Sessions revoked while this node ran, newest last, so that a socket whose token was checked a
   * moment before its session was revoked is still closed. Revoked sessions never come back, so
   * forgetting the oldest of many is safe once their sockets are gone.
   */
  private final Map<SessionId, Boolean> revoked =
      Collections.synchronizedMap(
          new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SessionId, Boolean> eldest) {
              return size() > REMEMBERED_REVOCATIONS;
            }
          });

  private static final int REMEMBERED_REVOCATIONS = 10_000;

  void opened(GatewaySession socket) {
    open.add(socket);
  }

  /**
   * Indexes the socket under its user and session; false when that session has been revoked in the
   * meantime, and the socket must close.
   */
  boolean authenticated(GatewaySession socket, Caller caller) {
    add(byUser, caller.user().id(), socket);
    add(bySession, caller.sessionId(), socket);
    // Indexed first, checked second; revoke() marks first and looks second: one of them sees the
    // other.
    return !revoked.containsKey(caller.sessionId());
  }

  /** Marks the session revoked and returns the sockets it has now. */
  Collection<GatewaySession> revoke(SessionId session) {
    revoked.put(session, Boolean.TRUE);
    return ofSession(session);
  }

  /** Forgets the socket; the caller is the one it authenticated as, or null. */
  void closed(GatewaySession socket, Caller caller) {
    open.remove(socket);
    if (caller != null) {
      remove(byUser, caller.user().id(), socket);
      remove(bySession, caller.sessionId(), socket);
    }
    for (GuildId guild : socket.guilds().keySet()) {
      remove(byGuild, guild, socket);
    }
  }

  /** The socket hears the guild's events from now on. */
  void follow(GuildId guild, GatewaySession socket) {
    add(byGuild, guild, socket);
  }

  /** The socket hears nothing more of the guild. */
  void unfollow(GuildId guild, GatewaySession socket) {
    remove(byGuild, guild, socket);
  }

  Collection<GatewaySession> ofGuild(GuildId guild) {
    return view(byGuild.get(guild));
  }

  Collection<GatewaySession> ofUser(UserId user) {
    return view(byUser.get(user));
  }

  Collection<GatewaySession> ofSession(SessionId session) {
    return view(bySession.get(session));
  }

  Collection<GatewaySession> all() {
    return List.copyOf(open);
  }

  int size() {
    return open.size();
  }

  private static <K> void add(
      ConcurrentHashMap<K, Set<GatewaySession>> index, K key, GatewaySession socket) {
    index.compute(
        key,
        (k, sockets) -> {
          Set<GatewaySession> set = sockets == null ? ConcurrentHashMap.newKeySet() : sockets;
          set.add(socket);
          return set;
        });
  }

  private static <K> void remove(
      ConcurrentHashMap<K, Set<GatewaySession>> index, K key, GatewaySession socket) {
    index.computeIfPresent(
        key,
        (k, sockets) -> {
          sockets.remove(socket);
          return sockets.isEmpty() ? null : sockets;
        });
  }

  private static Collection<GatewaySession> view(Set<GatewaySession> sockets) {
    return sockets == null ? List.of() : List.copyOf(sockets);
  }
}
