package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AUTH_SESSIONS;

import chat.decentra.adapter.jooq.schema.tables.records.AuthSessionsRecord;
import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/** Signed-in sessions in the {@code auth_sessions} table. */
final class JooqAuthSessionAdapter implements AuthSessionPort {

  private final DSLContext dsl;

  JooqAuthSessionAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insertSession(AuthSession session) {
    dsl.insertInto(AUTH_SESSIONS)
        .set(AUTH_SESSIONS.ID, session.id().value())
        .set(AUTH_SESSIONS.USER_ID, session.userId().value())
        .set(AUTH_SESSIONS.TOKEN_HASH, session.tokenHash())
        .set(AUTH_SESSIONS.CREATED_AT, session.createdAt())
        .set(AUTH_SESSIONS.LAST_USED_AT, session.lastUsedAt())
        .set(AUTH_SESSIONS.EXPIRES_AT, session.expiresAt())
        .set(AUTH_SESSIONS.CLIENT_IP, session.clientIp())
        .set(AUTH_SESSIONS.USER_AGENT, session.userAgent())
        .execute();
  }

  @Override
  public Optional<AuthSession> findByTokenHash(String tokenHash) {
    return dsl.selectFrom(AUTH_SESSIONS)
        .where(AUTH_SESSIONS.TOKEN_HASH.eq(tokenHash))
        .fetchOptional()
        .map(JooqAuthSessionAdapter::toSession);
  }

  @Override
  public void updateSession(AuthSession session) {
    dsl.update(AUTH_SESSIONS)
        .set(AUTH_SESSIONS.LAST_USED_AT, session.lastUsedAt())
        .set(AUTH_SESSIONS.EXPIRES_AT, session.expiresAt())
        .set(AUTH_SESSIONS.CLIENT_IP, session.clientIp())
        .where(AUTH_SESSIONS.ID.eq(session.id().value()))
        .execute();
  }

  @Override
  public List<AuthSession> listSessions(UserId user) {
    return dsl.selectFrom(AUTH_SESSIONS)
        .where(AUTH_SESSIONS.USER_ID.eq(user.value()))
        .orderBy(AUTH_SESSIONS.LAST_USED_AT.desc(), AUTH_SESSIONS.ID.desc())
        .fetch(JooqAuthSessionAdapter::toSession);
  }

  @Override
  public boolean deleteSession(UserId user, SessionId session) {
    return dsl.deleteFrom(AUTH_SESSIONS)
            .where(AUTH_SESSIONS.ID.eq(session.value()))
            .and(AUTH_SESSIONS.USER_ID.eq(user.value()))
            .execute()
        == 1;
  }

  @Override
  public Set<SessionId> deleteOtherSessions(UserId user, SessionId keep) {
    return dsl
        .deleteFrom(AUTH_SESSIONS)
        .where(AUTH_SESSIONS.USER_ID.eq(user.value()))
        .and(AUTH_SESSIONS.ID.ne(keep.value()))
        .returningResult(AUTH_SESSIONS.ID)
        .fetch()
        .stream()
        .map(r -> new SessionId(r.value1()))
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public int deleteExpired(Instant now) {
    // Expired as AuthSession.isExpiredAt decides: from the expiry instant on.
    return dsl.deleteFrom(AUTH_SESSIONS).where(AUTH_SESSIONS.EXPIRES_AT.le(now)).execute();
  }

  private static AuthSession toSession(AuthSessionsRecord r) {
    return new AuthSession(
        new SessionId(r.getId()),
        new UserId(r.getUserId()),
        r.getTokenHash(),
        r.getCreatedAt(),
        r.getLastUsedAt(),
        r.getExpiresAt(),
        r.getClientIp(),
        r.getUserAgent());
  }
}
