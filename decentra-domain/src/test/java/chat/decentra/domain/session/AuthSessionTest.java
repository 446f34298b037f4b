package chat.decentra.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthSessionTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final Duration TTL = Duration.ofDays(30);
  private static final String HASH = "ab".repeat(32);

  private static AuthSession start(String ip, String userAgent) {
    return AuthSession.start(new SessionId(7), new UserId(1), HASH, NOW, TTL, ip, userAgent);
  }

  @Test
  void newSessionLivesForItsTtl() {
    var session = start("203.0.113.5", "Firefox");
    assertThat(session.createdAt()).isEqualTo(NOW);
    assertThat(session.lastUsedAt()).isEqualTo(NOW);
    assertThat(session.expiresAt()).isEqualTo(NOW.plus(TTL));
    assertThat(session.clientIp()).isEqualTo("203.0.113.5");
    assertThat(session.userAgent()).isEqualTo("Firefox");
  }

  @Test
  void sessionIsValidJustBeforeItsExpiry() {
    assertThat(start("", "").isExpiredAt(NOW.plus(TTL).minusNanos(1))).isFalse();
  }

  @Test
  void sessionIsExpiredExactlyAtItsExpiry() {
    var session = start("", "");
    assertThat(session.isExpiredAt(NOW.plus(TTL))).isTrue();
    assertThat(session.isExpiredAt(NOW.plus(TTL).plusSeconds(1))).isTrue();
  }

  @Test
  void useWithinAMinuteIsNotWorthWriting() {
    var session = start("", "");
    assertThat(session.isStaleAt(NOW)).isFalse();
    assertThat(session.isStaleAt(NOW.plusSeconds(59))).isFalse();
  }

  @Test
  void useAMinuteOrMoreLaterIsWorthWriting() {
    var session = start("", "");
    assertThat(session.isStaleAt(NOW.plusSeconds(60))).isTrue();
    assertThat(session.isStaleAt(NOW.plus(Duration.ofDays(2)))).isTrue();
  }

  @Test
  void useSlidesTheExpiryForward() {
    var later = NOW.plus(Duration.ofDays(29));
    var used = start("203.0.113.5", "Firefox").usedAt(later, TTL, "198.51.100.1");
    assertThat(used.lastUsedAt()).isEqualTo(later);
    assertThat(used.expiresAt()).isEqualTo(later.plus(TTL));
    assertThat(used.isExpiredAt(NOW.plus(TTL).plus(Duration.ofDays(1)))).isFalse();
    assertThat(used.clientIp()).isEqualTo("198.51.100.1");
  }

  @Test
  void useKeepsWhatDoesNotChange() {
    var original = start("203.0.113.5", "Firefox");
    var used = original.usedAt(NOW.plusSeconds(120), TTL, null);
    assertThat(used.id()).isEqualTo(original.id());
    assertThat(used.userId()).isEqualTo(original.userId());
    assertThat(used.tokenHash()).isEqualTo(HASH);
    assertThat(used.createdAt()).isEqualTo(NOW);
    assertThat(used.userAgent()).isEqualTo("Firefox");
    assertThat(used.clientIp()).isEqualTo("203.0.113.5");
  }

  @Test
  void longUserAgentIsCutTo256Characters() {
    var session = start("", "M".repeat(1000));
    assertThat(session.userAgent()).isEqualTo("M".repeat(AuthSession.USER_AGENT_MAX));
    assertThat(AuthSession.USER_AGENT_MAX).isEqualTo(256);
  }

  @Test
  void userAgentOf256CharactersIsKeptWhole() {
    String agent = "x".repeat(256);
    assertThat(start("", agent).userAgent()).isEqualTo(agent);
  }

  @Test
  void userAgentCutNeverSplitsACharacter() {
    // 255 ASCII characters and then an emoji: cutting at 256 UTF-16 units would leave half of it.
    var session = start("", "x".repeat(255) + "🦊🦊");
    assertThat(session.userAgent())
        .as("cut to 255 units, or to 256 code points, but never half an emoji")
        .isIn("x".repeat(255), "x".repeat(255) + "🦊");
  }

  @Test
  void controlCharactersAreStrippedFromTheUserAgent() {
    var session = start("", "Mozilla/5.0\r\nX-Injected: 1\t\u0000\u001B[31m(Linux)");
    assertThat(session.userAgent()).isEqualTo("Mozilla/5.0X-Injected: 1[31m(Linux)");
  }

  @Test
  void controlCharactersDoNotCountAgainstTheLimit() {
    var session = start("", "\n".repeat(300) + "y".repeat(256));
    assertThat(session.userAgent()).isEqualTo("y".repeat(256));
  }

  @Test
  void missingUserAgentAndIpBecomeEmpty() {
    var session = start(null, null);
    assertThat(session.userAgent()).isEmpty();
    assertThat(session.clientIp()).isEmpty();
  }

  @Test
  void clientIpIsCutTo64Characters() {
    assertThat(start("9".repeat(100), "").clientIp()).hasSize(AuthSession.CLIENT_IP_MAX);
    String ipv6 = "2001:0db8:85a3:0000:0000:8a2e:0370:7334";
    assertThat(start(ipv6, "").clientIp()).isEqualTo(ipv6);
  }

  @Test
  void sessionNeedsItsIdentityAndTimes() {
    assertThatThrownBy(() -> new AuthSession(null, new UserId(1), HASH, NOW, NOW, NOW, "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AuthSession(new SessionId(1), new UserId(1), null, NOW, NOW, NOW, "", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new AuthSession(new SessionId(1), new UserId(1), HASH, NOW, NOW, null, "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
