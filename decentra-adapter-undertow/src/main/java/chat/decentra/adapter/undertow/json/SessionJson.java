package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;

/** One of the caller's sessions on the wire (docs/api.md, "Session"). */
public record SessionJson(
    String id,
    String createdAt,
    String lastUsedAt,
    String expiresAt,
    String clientIp,
    String userAgent,
    boolean current) {

  public static SessionJson of(AuthSession session, SessionId current) {
    return new SessionJson(
        session.id().toString(),
        Times.iso(session.createdAt()),
        Times.iso(session.lastUsedAt()),
        Times.iso(session.expiresAt()),
        session.clientIp(),
        session.userAgent(),
        session.id().equals(current));
  }
}
