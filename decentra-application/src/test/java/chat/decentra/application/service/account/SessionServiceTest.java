package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogInUseCase.LoggedIn;
import chat.decentra.application.port.in.account.RevokeSessionUseCase.NotFound;
import chat.decentra.application.port.in.account.RevokeSessionUseCase.Revoked;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.session.AuthSession;
import chat.decentra.domain.user.UserEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionServiceTest {

  private static final String PASSWORD = "correct horse battery";
  private static final ClientInfo CLIENT = TestApplication.CLIENT;

  private final TestApplication app = new TestApplication();
  private SignedIn alice;

  @BeforeEach
  void aliceHasAnAccount() {
    alice = app.signUp("alice", PASSWORD, null);
  }

  private Optional<Caller> authenticate(String token) {
    return app.app.authenticate().authenticate(token, CLIENT);
  }

  private SignedIn logIn(String username, ClientInfo client) {
    return ((LoggedIn) app.app.logIn().logIn(new LogInUseCase.Command(username, PASSWORD, client)))
        .session();
  }

  private AuthSession stored(SessionId id) {
    return app.sessions.listSessions(alice.user().id()).stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private SignedIn bob() {
    var admin = app.caller(alice);
    var code = ((Created) app.app.invites().create(admin, InviteLimits.none())).invite().code();
    return app.signUp("bob", PASSWORD, code.value());
  }

  @Test
  void goodTokenIdentifiesTheUserAndSession() {
    var caller = authenticate(alice.token());

    assertThat(caller).isPresent();
    assertThat(caller.get().user()).isEqualTo(alice.user());
    assertThat(caller.get().sessionId()).isEqualTo(alice.sessionId());
  }

  @Test
  void tokenIsStoredOnlyAsItsHash() {
    AuthSession session = stored(alice.sessionId());

    assertThat(session.tokenHash()).isNotEqualTo(alice.token()).doesNotContain(alice.token());
    assertThat(session.tokenHash()).isEqualTo(SessionTokens.hash(alice.token()));
  }

  @Test
  void unknownWellFormedTokenIsRefused() {
    assertThat(authenticate(SessionTokens.newToken())).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not-a-token",
        "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 42
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", // 44
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", // padded
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", // standard base64
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n"
      })
  void malformedTokenIsRefused(String token) {
    assertThat(authenticate(token)).isEmpty();
  }

  @Test
  void tokenWithExtraCharactersIsRefused() {
    assertThat(authenticate(alice.token() + "A")).isEmpty();
    assertThat(authenticate(" " + alice.token())).isEmpty();
    assertThat(authenticate(alice.token().substring(1))).isEmpty();
  }

  @Test
  void sessionExpiresAfterThirtyDaysWithoutUse() {
    app.clock.advance(Duration.ofDays(30).minusSeconds(1));
    // Checking at the last second would slide the expiry; look without using it.
    assertThat(stored(alice.sessionId()).isExpiredAt(app.clock.instant())).isFalse();

    app.clock.advance(Duration.ofSeconds(1));

    assertThat(authenticate(alice.token())).isEmpty();
  }

  @Test
  void sessionUsedJustBeforeExpiryStillWorks() {
    app.clock.advance(Duration.ofDays(30).minusSeconds(1));

    assertThat(authenticate(alice.token())).isPresent();
  }

  @Test
  void useSlidesTheExpiryForward() {
    app.clock.advance(Duration.ofDays(29));
    assertThat(authenticate(alice.token())).isPresent();

    app.clock.advance(Duration.ofDays(29));

    assertThat(authenticate(alice.token())).isPresent();
    assertThat(stored(alice.sessionId()).expiresAt())
        .isEqualTo(app.clock.instant().plus(Duration.ofDays(30)));
  }

  @Test
  void expiredSessionIsNotRevivedByUse() {
    app.clock.advance(Duration.ofDays(31));
    assertThat(authenticate(alice.token())).isEmpty();

    app.clock.advance(Duration.ofSeconds(1));
    assertThat(authenticate(alice.token())).isEmpty();
  }

  @Test
  void lastUseIsWrittenAtMostOnceAMinute() {
    Instant created = app.clock.instant();

    app.clock.advance(Duration.ofSeconds(30));
    authenticate(alice.token());
    assertThat(stored(alice.sessionId()).lastUsedAt()).isEqualTo(created);
    assertThat(stored(alice.sessionId()).expiresAt()).isEqualTo(created.plus(Duration.ofDays(30)));

    app.clock.advance(Duration.ofSeconds(30));
    authenticate(alice.token());
    Instant oneMinuteLater = created.plusSeconds(60);
    assertThat(stored(alice.sessionId()).lastUsedAt()).isEqualTo(oneMinuteLater);

    app.clock.advance(Duration.ofSeconds(59));
    authenticate(alice.token());
    assertThat(stored(alice.sessionId()).lastUsedAt()).isEqualTo(oneMinuteLater);
  }

  @Test
  void useFromANewAddressIsRemembered() {
    app.clock.advance(Duration.ofMinutes(5));

    app.app.authenticate().authenticate(alice.token(), new ClientInfo("192.0.2.99", "Other/1"));

    assertThat(stored(alice.sessionId()).clientIp()).isEqualTo("192.0.2.99");
    assertThat(stored(alice.sessionId()).userAgent()).isEqualTo(CLIENT.userAgent());
  }

  @Test
  void useWithoutAKnownAddressKeepsTheLastOne() {
    app.clock.advance(Duration.ofMinutes(5));

    app.app.authenticate().authenticate(alice.token(), new ClientInfo(null, null));

    assertThat(stored(alice.sessionId()).clientIp()).isEqualTo(CLIENT.ip());
  }

  @Test
  void authenticatedCallerSeesTheCurrentProfile() {
    app.users.updateUser(alice.user().withDisplayName(Optional.of("Alice L.")));

    assertThat(authenticate(alice.token()).orElseThrow().user().displayName()).contains("Alice L.");
  }

  @Test
  void logOutEndsTheSessionAndClosesItsSockets() {
    Caller caller = app.caller(alice);
    app.events.clear();

    app.app.logOut().logOut(caller);

    assertThat(authenticate(alice.token())).isEmpty();
    assertThat(app.sessions.listSessions(alice.user().id())).isEmpty();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class))
        .containsExactly(
            new UserEvent.SessionsRevoked(alice.user().id(), Set.of(alice.sessionId())));
  }

  @Test
  void logOutLeavesOtherSessionsSignedIn() {
    SignedIn phone = logIn("alice", new ClientInfo("192.0.2.50", "Phone"));

    app.app.logOut().logOut(app.caller(alice));

    assertThat(authenticate(phone.token())).isPresent();
  }

  @Test
  void sessionListIsMostRecentlyUsedFirst() {
    app.clock.advance(Duration.ofMinutes(10));
    SignedIn laptop = logIn("alice", new ClientInfo("192.0.2.1", "Laptop"));
    app.clock.advance(Duration.ofMinutes(10));
    SignedIn phone = logIn("alice", new ClientInfo("192.0.2.2", "Phone"));
    Caller onPhone = app.caller(phone);
    app.clock.advance(Duration.ofMinutes(10));
    authenticate(laptop.token());

    var list = app.app.listSessions().sessions(onPhone);

    assertThat(list)
        .extracting(AuthSession::id)
        .containsExactly(laptop.sessionId(), phone.sessionId(), alice.sessionId());
  }

  @Test
  void sessionListLeavesOutExpiredSessions() {
    app.clock.advance(Duration.ofDays(20));
    SignedIn recent = logIn("alice", CLIENT);
    app.clock.advance(Duration.ofDays(11));

    var list = app.app.listSessions().sessions(app.caller(recent));

    assertThat(list).extracting(AuthSession::id).containsExactly(recent.sessionId());
  }

  @Test
  void sessionListShowsOnlyTheCallersOwnSessions() {
    SignedIn bob = bob();

    assertThat(app.app.listSessions().sessions(app.caller(alice)))
        .extracting(AuthSession::userId)
        .containsOnly(alice.user().id());
    assertThat(app.app.listSessions().sessions(app.caller(bob)))
        .extracting(AuthSession::id)
        .containsExactly(bob.sessionId());
  }

  @Test
  void revokingOwnOtherSessionSignsItOut() {
    SignedIn phone = logIn("alice", new ClientInfo("192.0.2.50", "Phone"));
    app.events.clear();

    var result = app.app.revokeSession().revoke(app.caller(alice), phone.sessionId());

    assertThat(result).isInstanceOf(Revoked.class);
    assertThat(authenticate(phone.token())).isEmpty();
    assertThat(authenticate(alice.token())).isPresent();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class))
        .containsExactly(
            new UserEvent.SessionsRevoked(alice.user().id(), Set.of(phone.sessionId())));
  }

  @Test
  void revokingSomeoneElsesSessionIsNotFoundAndChangesNothing() {
    SignedIn bob = bob();
    app.events.clear();

    var result = app.app.revokeSession().revoke(app.caller(alice), bob.sessionId());

    assertThat(result).isInstanceOf(NotFound.class);
    assertThat(authenticate(bob.token())).isPresent();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class)).isEmpty();
  }

  @Test
  void revokingAnUnknownSessionIsNotFound() {
    var result = app.app.revokeSession().revoke(app.caller(alice), new SessionId(999_999));

    assertThat(result).isInstanceOf(NotFound.class);
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class)).isEmpty();
  }

  @Test
  void revokingTheSameSessionTwiceIsNotFoundTheSecondTime() {
    SignedIn phone = logIn("alice", new ClientInfo("192.0.2.50", "Phone"));
    Caller caller = app.caller(alice);

    assertThat(app.app.revokeSession().revoke(caller, phone.sessionId()))
        .isInstanceOf(Revoked.class);
    assertThat(app.app.revokeSession().revoke(caller, phone.sessionId()))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void tokensAre256RandomBitsInBase64Url() {
    String token = SessionTokens.newToken();

    assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    assertThat(SessionTokens.isWellFormed(token)).isTrue();
    assertThat(SessionTokens.newToken()).isNotEqualTo(token);
    assertThat(SessionTokens.hash(token)).matches("[0-9a-f]{64}");
    assertThat(SessionTokens.hash(token)).isEqualTo(SessionTokens.hash(token));
    assertThat(alice.token()).matches("[A-Za-z0-9_-]{43}");
  }
}
