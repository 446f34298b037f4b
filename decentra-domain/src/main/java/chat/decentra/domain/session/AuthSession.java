package chat.decentra.domain.session;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in session. Only the hash of its token is kept; the token itself is known to the client
 * alone.
 *
 * @param tokenHash lower-case hex SHA-256 of the token
 */
public record AuthSession(
    SessionId id,
    UserId userId,
    String tokenHash,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    String clientIp,
    String userAgent) {

  /** Longer user agents are cut: they are shown to the user, not parsed. */
  public static final int USER_AGENT_MAX = 256;

  public static final int CLIENT_IP_MAX = 64;

  public AuthSession {
    if (id == null || userId == null || tokenHash == null) {
      throw new IllegalArgumentException("id, userId and tokenHash are required");
    }
    if (createdAt == null || lastUsedAt == null || expiresAt == null) {
      throw new IllegalArgumentException("createdAt, lastUsedAt and expiresAt are required");
    }
    clientIp = cut(clientIp, CLIENT_IP_MAX);
    userAgent = cut(userAgent, USER_AGENT_MAX);
  }

  private static String cut(String text, int max) {
    if (text == null) {
      return "";
    }
    String printable =
        text.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    if (printable.length() <= max) {
      return printable;
    }
    // Never keep half of a surrogate pair.
    int end = Character.isHighSurrogate(printable.charAt(max - 1)) ? max - 1 : max;
    return printable.substring(0, end);
  }

  /** A session that starts now and lives for {@code ttl} after each use. */
  public static AuthSession start(
      SessionId id,
      UserId userId,
      String tokenHash,
      Instant now,
      Duration ttl,
      String clientIp,
      String userAgent) {
    return new AuthSession(id, userId, tokenHash, now, now, now.plus(ttl), clientIp, userAgent);
  }

  /** True when the session can no longer be used. */
  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * True when a use at {@code now} should be written down. Writing on every request would make
   * every request a database write; a minute of precision is enough for "last used" and for sliding
   * expiry.
   */
  public boolean isStaleAt(Instant now) {
    return Duration.between(lastUsedAt, now).compareTo(Duration.ofMinutes(1)) >= 0;
  }

  /** The session after a use at {@code now}: its expiry slides forward. */
  public AuthSession usedAt(Instant now, Duration ttl, String ip) {
    return new AuthSession(
        id,
        userId,
        tokenHash,
        createdAt,
        now,
        now.plus(ttl),
        ip == null ? clientIp : ip,
        userAgent);
  }
}
