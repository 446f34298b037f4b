package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ChangePasswordUseCase;
import chat.decentra.application.port.in.account.ChangePasswordUseCase.Changed;
import chat.decentra.application.port.in.account.ChangePasswordUseCase.InvalidPassword;
import chat.decentra.application.port.in.account.ChangePasswordUseCase.WrongPassword;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogInUseCase.InvalidCredentials;
import chat.decentra.application.port.in.account.LogInUseCase.LoggedIn;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.user.UserEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {

  private static final String OLD = "correct horse battery";
  private static final String NEW = "staple tuna elephant";
  private static final ClientInfo PHONE = new ClientInfo("192.0.2.50", "Phone");
  private static final ClientInfo TABLET = new ClientInfo("192.0.2.51", "Tablet");

  private final TestApplication app = new TestApplication();
  private SignedIn alice;
  private Caller caller;

  @BeforeEach
  void aliceIsSignedIn() {
    alice = app.signUp("alice", OLD, null);
    caller = app.caller(alice);
  }

  private ChangePasswordUseCase.Result change(String oldPassword, String newPassword) {
    return app.app
        .changePassword()
        .changePassword(new ChangePasswordUseCase.Command(caller, oldPassword, newPassword));
  }

  private LogInUseCase.Result logIn(String password, ClientInfo client) {
    return app.app.logIn().logIn(new LogInUseCase.Command("alice", password, client));
  }

  private SignedIn signedIn(ClientInfo client) {
    return ((LoggedIn) logIn(OLD, client)).session();
  }

  @Test
  void rightOldPasswordChangesIt() {
    assertThat(change(OLD, NEW)).isInstanceOf(Changed.class);

    assertThat(logIn(NEW, PHONE)).isInstanceOf(LoggedIn.class);
    assertThat(logIn(OLD, PHONE)).isInstanceOf(InvalidCredentials.class);
  }

  @Test
  void wrongOldPasswordChangesNothing() {
    SignedIn phone = signedIn(PHONE);
    app.events.clear();

    assertThat(change("not my password", NEW)).isInstanceOf(WrongPassword.class);

    assertThat(logIn(OLD, PHONE)).isInstanceOf(LoggedIn.class);
    assertThat(logIn(NEW, PHONE)).isInstanceOf(InvalidCredentials.class);
    assertThat(app.app.authenticate().authenticate(phone.token(), PHONE)).isPresent();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class)).isEmpty();
  }

  @Test
  void missingOrTooShortOldPasswordIsWrong() {
    assertThat(change(null, NEW)).isInstanceOf(WrongPassword.class);
    assertThat(change("", NEW)).isInstanceOf(WrongPassword.class);
    assertThat(change("short", NEW)).isInstanceOf(WrongPassword.class);
  }

  @Test
  void newPasswordMustMeetThePolicy() {
    assertThat(change(OLD, "1234567")).isInstanceOf(InvalidPassword.class);
    assertThat(change(OLD, "x".repeat(1025))).isInstanceOf(InvalidPassword.class);
    assertThat(change(OLD, null)).isInstanceOf(InvalidPassword.class);

    assertThat(logIn(OLD, PHONE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void changeSignsOutEveryOtherSessionButKeepsTheCurrentOne() {
    SignedIn phone = signedIn(PHONE);
    SignedIn tablet = signedIn(TABLET);
    app.events.clear();

    change(OLD, NEW);

    var authenticate = app.app.authenticate();
    assertThat(authenticate.authenticate(phone.token(), PHONE)).isEmpty();
    assertThat(authenticate.authenticate(tablet.token(), TABLET)).isEmpty();
    assertThat(authenticate.authenticate(alice.token(), TestApplication.CLIENT)).isPresent();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class))
        .containsExactly(
            new UserEvent.SessionsRevoked(
                alice.user().id(), Set.of(phone.sessionId(), tablet.sessionId())));
  }

  @Test
  void changeWithNoOtherSessionsRevokesNothing() {
    app.events.clear();

    assertThat(change(OLD, NEW)).isInstanceOf(Changed.class);

    assertThat(app.app.authenticate().authenticate(alice.token(), TestApplication.CLIENT))
        .isPresent();
    assertThat(app.events.ofType(UserEvent.SessionsRevoked.class)).isEmpty();
  }

  @Test
  void changeLeavesOtherUsersSessionsAlone() {
    var code = ((Created) app.app.invites().create(caller, InviteLimits.none())).invite().code();
    SignedIn bob = app.signUp("bob", OLD, code.value());

    change(OLD, NEW);

    assertThat(app.app.authenticate().authenticate(bob.token(), PHONE)).isPresent();
    assertThat(app.app.logIn().logIn(new LogInUseCase.Command("bob", OLD, PHONE)))
        .isInstanceOf(LoggedIn.class);
  }

  @Test
  void newPasswordMayBeChangedAgain() {
    change(OLD, NEW);

    assertThat(change(NEW, "a third password")).isInstanceOf(Changed.class);
    assertThat(logIn("a third password", PHONE)).isInstanceOf(LoggedIn.class);
  }

  @Test
  void guessingTheOldPasswordIsSlowedDownAfterFiveTries() {
    for (int i = 0; i < 5; i++) {
      assertThat(change("wrong guess " + i, NEW))
          .isInstanceOf(ChangePasswordUseCase.WrongPassword.class);
    }

    assertThat(change(OLD, NEW)).isInstanceOf(ChangePasswordUseCase.Throttled.class);
    app.clock.advance(java.time.Duration.ofMinutes(15));
    assertThat(change(OLD, NEW)).isInstanceOf(ChangePasswordUseCase.Changed.class);
  }
}
