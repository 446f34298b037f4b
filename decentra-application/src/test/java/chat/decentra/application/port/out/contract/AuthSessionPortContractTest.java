package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.T0;
import static chat.decentra.application.port.out.contract.Fixtures.givenUser;
import static chat.decentra.application.port.out.contract.Fixtures.tokenHash;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.AuthSessionPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers rely on from every adapter of {@link AuthSessionPort}. */
public abstract class AuthSessionPortContractTest {

  /** The adapter under test, and a way to create the users that sessions belong to. */
  public record Subject(AuthSessionPort sessions, SaveUserPort users) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private static final Duration TTL = Duration.ofDays(30);

  private AuthSessionPort sessions;
  private UserId alice;
  private UserId bob;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    sessions = subject.sessions();
    alice = givenUser(subject.users(), 1, "alice");
    bob = givenUser(subject.users(), 2, "bob");
  }

  private static AuthSession session(long id, UserId user, Instant lastUsed) {
    return new AuthSession(
        new SessionId(id),
        user,
        tokenHash(id),
        T0,
        lastUsed,
        lastUsed.plus(TTL),
        "203.0.113." + id,
        "Mozilla/5.0 (X11; Linux x86_64) session " + id);
  }

  @Test
  void insertedSessionIsFoundByTokenHashWithEveryField() {
    AuthSession session = session(10, alice, T0.plusSeconds(5));

    sessions.insertSession(session);

    assertThat(sessions.findByTokenHash(tokenHash(10))).contains(session);
  }

  @Test
  void sessionWithEmptyClientTextRoundTrips() {
    var session =
        new AuthSession(new SessionId(11), alice, tokenHash(11), T0, T0, T0.plus(TTL), "", "");

    sessions.insertSession(session);

    assertThat(sessions.findByTokenHash(tokenHash(11))).contains(session);
  }

  @Test
  void unknownTokenHashIsEmpty() {
    sessions.insertSession(session(12, alice, T0));

    assertThat(sessions.findByTokenHash(tokenHash(13))).isEmpty();
  }

  @Test
  void updateWritesLastUseExpiryAndClientIp() {
    AuthSession session = session(14, alice, T0);
    sessions.insertSession(session);

    AuthSession used = session.usedAt(T0.plus(Duration.ofHours(3)), TTL, "198.51.100.7");
    sessions.updateSession(used);

    assertThat(sessions.findByTokenHash(tokenHash(14))).contains(used);
  }

  @Test
  void listingShowsTheUsersSessionsMostRecentlyUsedFirst() {
    AuthSession old = session(20, alice, T0.plusSeconds(1));
    AuthSession newest = session(21, alice, T0.plusSeconds(300));
    AuthSession middle = session(22, alice, T0.plusSeconds(60));
    sessions.insertSession(old);
    sessions.insertSession(newest);
    sessions.insertSession(middle);
    sessions.insertSession(session(23, bob, T0.plusSeconds(120)));

    assertThat(sessions.listSessions(alice)).containsExactly(newest, middle, old);
  }

  @Test
  void listingFollowsUpdatedLastUse() {
    AuthSession first = session(24, alice, T0.plusSeconds(1));
    AuthSession second = session(25, alice, T0.plusSeconds(2));
    sessions.insertSession(first);
    sessions.insertSession(second);

    AuthSession used = first.usedAt(T0.plusSeconds(3), TTL, null);
    sessions.updateSession(used);

    assertThat(sessions.listSessions(alice)).containsExactly(used, second);
  }

  @Test
  void userWithoutSessionsListsNone() {
    assertThat(sessions.listSessions(bob)).isEmpty();
  }

  @Test
  void sessionIsDeletedOnlyByItsOwner() {
    sessions.insertSession(session(30, alice, T0));

    assertThat(sessions.deleteSession(bob, new SessionId(30))).isFalse();
    assertThat(sessions.findByTokenHash(tokenHash(30))).isPresent();

    assertThat(sessions.deleteSession(alice, new SessionId(30))).isTrue();
    assertThat(sessions.findByTokenHash(tokenHash(30))).isEmpty();
    assertThat(sessions.deleteSession(alice, new SessionId(30))).isFalse();
  }

  @Test
  void deleteOtherSessionsKeepsOneAndReturnsTheDeleted() {
    AuthSession keep = session(41, alice, T0);
    sessions.insertSession(session(40, alice, T0));
    sessions.insertSession(keep);
    sessions.insertSession(session(42, alice, T0));
    AuthSession bobs = session(43, bob, T0);
    sessions.insertSession(bobs);

    var deleted = sessions.deleteOtherSessions(alice, keep.id());

    assertThat(deleted).containsExactlyInAnyOrder(new SessionId(40), new SessionId(42));
    assertThat(sessions.listSessions(alice)).containsExactly(keep);
    assertThat(sessions.listSessions(bob)).containsExactly(bobs);
  }

  @Test
  void deleteOtherSessionsWithNothingElseDeletesNothing() {
    sessions.insertSession(session(44, alice, T0));

    assertThat(sessions.deleteOtherSessions(alice, new SessionId(44))).isEmpty();
    assertThat(sessions.listSessions(alice)).hasSize(1);
  }

  @Test
  void deleteExpiredDeletesOnlySessionsThatExpiredBeforeNow() {
    Instant now = T0.plus(TTL).plus(Duration.ofHours(1));
    sessions.insertSession(session(50, alice, T0)); // expired an hour ago
    sessions.insertSession(session(51, bob, T0.minus(Duration.ofDays(1)))); // expired a day ago
    AuthSession alive = session(52, alice, T0.plus(Duration.ofHours(2))); // an hour left
    sessions.insertSession(alive);

    int deleted = sessions.deleteExpired(now);

    assertThat(deleted).isEqualTo(2);
    assertThat(sessions.listSessions(alice)).containsExactly(alive);
    assertThat(sessions.listSessions(bob)).isEmpty();
    assertThat(sessions.deleteExpired(now)).isZero();
  }
}
