package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogInUseCase.InvalidCredentials;
import chat.decentra.application.port.in.account.LogInUseCase.LoggedIn;
import chat.decentra.application.port.in.account.LogInUseCase.Throttled;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.invite.InviteLimits;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {

  private static final String PASSWORD = "correct horse battery";
  private static final ClientInfo HOME = new ClientInfo("192.0.2.10", "Firefox/140");
  private static final ClientInfo ATTACKER = new ClientInfo("203.0.113.66", "curl/8");
  private static final ClientInfo CAFE = new ClientInfo("198.51.100.200", "Safari/18");

  private final TestApplication app = new TestApplication();
  private SignedIn alice;

  @BeforeEach
  void aliceHasAnAccount() {
    alice = app.signUp("Alice", PASSWORD, null);
  }

  private LogInUseCase.Result logIn(String username, String password, ClientInfo client) {
    return app.app.logIn().logIn(new LogInUseCase.Command(username, password, client));
  }

  private void failTimes(int times, String username, ClientInfo client) {
    for (int i = 0; i < times; i++) {
      assertThat(logIn(username, "wrong password " + i, client))
          .isInstanceOf(InvalidCredentials.class);
    }
  }

  @Test
  void rightPasswordSignsInWithAWorkingToken() {
    var result = logIn("Alice", PASSWORD, HOME);

    assertThat(result).isInstanceOf(LoggedIn.class);
    SignedIn session = ((LoggedIn) result).session();
    assertThat(session.user().id()).isEqualTo(alice.user().id());
    assertThat(session.token()).isNotEqualTo(alice.token());
    assertThat(session.sessionId()).isNotEqualTo(alice.sessionId());
    var caller = app.app.authenticate().authenticate(session.token(), HOME);
    assertThat(caller).isPresent();
    assertThat(caller.get().sessionId()).isEqualTo(session.sessionId());
  }

  @Test
  void usernameIsMatchedIgnoringCase() {
    assertThat(logIn("alice", PASSWORD, HOME)).isInstanceOf(LoggedIn.class);
    assertThat(logIn("ALICE", PASSWORD, HOME)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void newSessionRemembersWhereItCameFrom() {
    var session = ((LoggedIn) logIn("alice", PASSWORD, HOME)).session();

    var stored =
        app.sessions.listSessions(alice.user().id()).stream()
            .filter(s -> s.id().equals(session.sessionId()))
            .findFirst()
            .orElseThrow();
    assertThat(stored.clientIp()).isEqualTo(HOME.ip());
    assertThat(stored.userAgent()).isEqualTo(HOME.userAgent());
  }

  @Test
  void wrongPasswordGetsInvalidCredentialsAndNoSession() {
    assertThat(logIn("alice", "not the password", HOME)).isInstanceOf(InvalidCredentials.class);
    assertThat(app.sessions.listSessions(alice.user().id())).hasSize(1);
  }

  @Test
  void passwordIsCaseSensitive() {
    assertThat(logIn("alice", PASSWORD.toUpperCase(), HOME)).isInstanceOf(InvalidCredentials.class);
  }

  @Test
  void unknownUserGetsTheSameAnswerAsAWrongPassword() {
    var wrongPassword = logIn("alice", "not the password", HOME);
    var unknownUser = logIn("nobody", "not the password", HOME);

    assertThat(unknownUser).isEqualTo(wrongPassword).isInstanceOf(InvalidCredentials.class);
  }

  @Test
  void wrongPasswordAndUnknownUserBothCostOnePasswordCheck() {
    int before = app.passwords.verifications();
    logIn("alice", "not the password", HOME);
    assertThat(app.passwords.verifications()).isEqualTo(before + 1);

    logIn("nobody", "not the password", HOME);
    assertThat(app.passwords.verifications()).isEqualTo(before + 2);

    logIn("nobody-else", "not the password", HOME);
    assertThat(app.passwords.verifications()).isEqualTo(before + 3);
  }

  @Test
  void invalidUsernameCostsAPasswordCheckToo() {
    int before = app.passwords.verifications();

    assertThat(logIn("not a valid name!", "not the password", HOME))
        .isInstanceOf(InvalidCredentials.class);
    assertThat(app.passwords.verifications()).isEqualTo(before + 1);
  }

  @Test
  void missingUsernameOrPasswordIsInvalidCredentials() {
    assertThat(logIn(null, PASSWORD, HOME)).isInstanceOf(InvalidCredentials.class);
    assertThat(logIn("alice", null, HOME)).isInstanceOf(InvalidCredentials.class);
    assertThat(logIn("", "", HOME)).isInstanceOf(InvalidCredentials.class);
  }

  @Test
  void fiveFailuresThrottleTheAccountFromANewAddress() {
    failTimes(5, "alice", ATTACKER);

    var result = logIn("alice", PASSWORD, CAFE);

    assertThat(result).isInstanceOf(Throttled.class);
    Duration retryAfter = ((Throttled) result).retryAfter();
    assertThat(retryAfter).isPositive().isLessThanOrEqualTo(LoginThrottle.WINDOW);
    assertThat(retryAfter).isEqualTo(Duration.ofMinutes(15));
    assertThat(logIn("alice", "another guess", ATTACKER)).isInstanceOf(Throttled.class);
  }

  @Test
  void fourFailuresDoNotThrottle() {
    failTimes(4, "alice", ATTACKER);

    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void throttledAttemptDoesNotCheckThePassword() {
    failTimes(5, "alice", ATTACKER);
    int before = app.passwords.verifications();

    logIn("alice", "guess", ATTACKER);

    assertThat(app.passwords.verifications()).isEqualTo(before);
  }

  @Test
  void accountThrottleIgnoresTheCaseOfTheName() {
    failTimes(5, "ALICE", ATTACKER);

    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(Throttled.class);
  }

  @Test
  void throttledAccountStillLetsItsOwnerInFromAKnownAddress() {
    assertThat(logIn("alice", PASSWORD, HOME)).isInstanceOf(LoggedIn.class);
    failTimes(5, "alice", ATTACKER);

    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(Throttled.class);
    assertThat(logIn("alice", PASSWORD, HOME)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void retryAfterCountsFromTheOldestFailureThatStillCounts() {
    for (int i = 0; i < 5; i++) {
      failTimes(1, "alice", ATTACKER);
      app.clock.advance(Duration.ofMinutes(1));
    }
    // Failures at 0, 1, 2, 3 and 4 minutes; it is now minute 5: the first leaves at minute 15.
    var result = logIn("alice", PASSWORD, CAFE);

    assertThat(result).isEqualTo(new Throttled(Duration.ofMinutes(10)));
  }

  @Test
  void accountThrottleLiftsWhenTheWindowPasses() {
    failTimes(5, "alice", ATTACKER);
    var retryAfter = ((Throttled) logIn("alice", PASSWORD, CAFE)).retryAfter();

    app.clock.advance(retryAfter.minusSeconds(1));
    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(Throttled.class);

    app.clock.advance(Duration.ofSeconds(1));
    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void otherAccountsAreNotThrottledByOnesFailures() {
    app.signUp("bob", PASSWORD, inviteCode());
    failTimes(5, "alice", ATTACKER);

    assertThat(logIn("bob", PASSWORD, CAFE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void twentyFailuresFromOneAddressThrottleItForEveryAccount() {
    for (int i = 0; i < 20; i++) {
      failTimes(1, "guess" + i, ATTACKER);
    }

    var result = logIn("alice", PASSWORD, ATTACKER);

    assertThat(result).isInstanceOf(Throttled.class);
    assertThat(((Throttled) result).retryAfter())
        .isPositive()
        .isLessThanOrEqualTo(LoginThrottle.WINDOW);
    assertThat(logIn("someone-new", PASSWORD, ATTACKER)).isInstanceOf(Throttled.class);
  }

  @Test
  void addressThrottleAppliesEvenWhereTheOwnerSignedInBefore() {
    assertThat(logIn("alice", PASSWORD, HOME)).isInstanceOf(LoggedIn.class);
    for (int i = 0; i < 20; i++) {
      failTimes(1, "guess" + i, HOME);
    }

    assertThat(logIn("alice", PASSWORD, HOME)).isInstanceOf(Throttled.class);
  }

  @Test
  void throttledAddressDoesNotAffectOtherAddresses() {
    for (int i = 0; i < 20; i++) {
      failTimes(1, "guess" + i, ATTACKER);
    }

    assertThat(logIn("alice", PASSWORD, CAFE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void nineteenFailuresFromOneAddressDoNotThrottleIt() {
    for (int i = 0; i < 19; i++) {
      failTimes(1, "guess" + i, ATTACKER);
    }

    assertThat(logIn("alice", PASSWORD, ATTACKER)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void addressThrottleLiftsWhenTheWindowPasses() {
    for (int i = 0; i < 20; i++) {
      failTimes(1, "guess" + i, ATTACKER);
    }

    app.clock.advance(LoginThrottle.WINDOW);

    assertThat(logIn("alice", PASSWORD, ATTACKER)).isInstanceOf(LoggedIn.class);
  }

  private String inviteCode() {
    var admin = app.caller(alice);
    var created = (Created) app.app.invites().create(admin, InviteLimits.none());
    return created.invite().code().value();
  }
}
