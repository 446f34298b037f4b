package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.SignUpUseCase.InvalidPassword;
import chat.decentra.application.port.in.account.SignUpUseCase.InvalidUsername;
import chat.decentra.application.port.in.account.SignUpUseCase.InviteRequired;
import chat.decentra.application.port.in.account.SignUpUseCase.InviteUnknown;
import chat.decentra.application.port.in.account.SignUpUseCase.InviteUnusable;
import chat.decentra.application.port.in.account.SignUpUseCase.SignedUp;
import chat.decentra.application.port.in.account.SignUpUseCase.UsernameTaken;
import chat.decentra.application.port.in.account.SignedIn;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignUpServiceTest {

  private static final String PASSWORD = "correct horse battery";

  private final TestApplication app = new TestApplication();

  private SignUpUseCase.Result signUp(String username, String password, String invite) {
    return app.app
        .signUp()
        .signUp(
            new SignUpUseCase.Command(
                username, password, Optional.ofNullable(invite), TestApplication.CLIENT));
  }

  private Caller admin() {
    return app.caller(app.signUp("admin", PASSWORD, null));
  }

  private String invite(Caller creator, InviteLimits limits) {
    var result = app.app.invites().create(creator, limits);
    assertThat(result).isInstanceOf(Created.class);
    return ((Created) result).invite().code().value();
  }

  private InstanceInvite stored(String code) {
    return app.invites.findInvite(new InviteCode(code)).orElseThrow();
  }

  private static InviteLimits maxUses(int uses) {
    return new InviteLimits(Optional.of(uses), Optional.empty());
  }

  @Test
  void firstUserNeedsNoInviteAndBecomesAdmin() {
    var result = signUp("Alice", PASSWORD, null);

    assertThat(result).isInstanceOf(SignedUp.class);
    User user = ((SignedUp) result).session().user();
    assertThat(user.admin()).isTrue();
    assertThat(user.username().value()).isEqualTo("Alice");
    assertThat(user.invitedBy()).isEmpty();
    assertThat(user.createdAt()).isEqualTo(app.clock.instant());
    assertThat(app.instance.admin()).contains(user.id());
  }

  @Test
  void signedUpUserIsSignedInWithAWorkingToken() {
    SignedIn session = ((SignedUp) signUp("alice", PASSWORD, null)).session();

    var caller = app.app.authenticate().authenticate(session.token(), TestApplication.CLIENT);
    assertThat(caller).isPresent();
    assertThat(caller.get().user().id()).isEqualTo(session.user().id());
    assertThat(caller.get().sessionId()).isEqualTo(session.sessionId());
  }

  @Test
  void secondUserWithoutInviteIsTurnedAway() {
    admin();

    assertThat(signUp("bob", PASSWORD, null)).isInstanceOf(InviteRequired.class);
    assertThat(signUp("bob", PASSWORD, "   ")).isInstanceOf(InviteRequired.class);
    assertThat(app.users.count()).isEqualTo(1);
  }

  @Test
  void secondUserWithValidInviteSignsUpAsMember() {
    Caller admin = admin();
    String code = invite(admin, InviteLimits.none());

    var result = signUp("bob", PASSWORD, code);

    assertThat(result).isInstanceOf(SignedUp.class);
    User bob = ((SignedUp) result).session().user();
    assertThat(bob.admin()).isFalse();
    assertThat(bob.invitedBy()).contains(admin.user().id());
    assertThat(app.users.loadUser(bob.id())).contains(bob);
    assertThat(stored(code).uses()).isEqualTo(1);
    assertThat(app.instance.admin()).contains(admin.user().id());
  }

  @Test
  void inviteRecordsWhoInvitedWhenAMemberCreatedIt() {
    Caller admin = admin();
    Caller bob = app.caller(app.signUp("bob", PASSWORD, invite(admin, InviteLimits.none())));
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));

    User carol =
        ((SignedUp) signUp("carol", PASSWORD, invite(bob, InviteLimits.none()))).session().user();

    assertThat(carol.invitedBy()).contains(bob.user().id());
  }

  @Test
  void eachSignUpCountsOneUseOfTheInvite() {
    String code = invite(admin(), maxUses(3));

    app.signUp("bob", PASSWORD, code);
    app.signUp("carol", PASSWORD, code);

    assertThat(stored(code).uses()).isEqualTo(2);
    assertThat(stored(code).stateAt(app.clock.instant())).isEqualTo(InviteState.USABLE);
  }

  @Test
  void inviteWithSurroundingSpacesStillWorks() {
    String code = invite(admin(), InviteLimits.none());

    assertThat(signUp("bob", PASSWORD, "  " + code + "\n")).isInstanceOf(SignedUp.class);
  }

  @Test
  void unknownInviteIsRefusedAndNothingIsWritten() {
    admin();
    int sessionsBefore = app.sessions.listSessions(app.instance.admin().orElseThrow()).size();

    var result = signUp("bob", PASSWORD, "AAAAAAAAAAAAAAAAAAAAAA");

    assertThat(result).isInstanceOf(InviteUnknown.class);
    assertThat(app.users.count()).isEqualTo(1);
    assertThat(app.users.loadCredentials("bob")).isEmpty();
    assertThat(app.sessions.listSessions(app.instance.admin().orElseThrow()))
        .hasSize(sessionsBefore);
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "has spaces in it here!!", "https://chat.example.org/invite/x"})
  void malformedInviteIsTreatedAsUnknown(String text) {
    admin();

    assertThat(signUp("bob", PASSWORD, text)).isInstanceOf(InviteUnknown.class);
    assertThat(app.users.count()).isEqualTo(1);
  }

  @Test
  void expiredInviteIsRefusedAndNothingIsWritten() {
    String code =
        invite(admin(), new InviteLimits(Optional.empty(), Optional.of(Duration.ofHours(1))));
    app.clock.advance(Duration.ofHours(1));

    var result = signUp("bob", PASSWORD, code);

    assertThat(result).isEqualTo(new InviteUnusable(InviteState.EXPIRED));
    assertThat(app.users.count()).isEqualTo(1);
    assertThat(stored(code).uses()).isZero();
  }

  @Test
  void inviteWorksUntilJustBeforeItExpires() {
    String code =
        invite(admin(), new InviteLimits(Optional.empty(), Optional.of(Duration.ofHours(1))));
    app.clock.advance(Duration.ofHours(1).minusSeconds(1));

    assertThat(signUp("bob", PASSWORD, code)).isInstanceOf(SignedUp.class);
  }

  @Test
  void usedUpInviteIsRefusedAndNothingIsWritten() {
    String code = invite(admin(), maxUses(1));
    app.signUp("bob", PASSWORD, code);

    var result = signUp("carol", PASSWORD, code);

    assertThat(result).isEqualTo(new InviteUnusable(InviteState.USED_UP));
    assertThat(app.users.count()).isEqualTo(2);
    assertThat(app.users.loadCredentials("carol")).isEmpty();
    assertThat(stored(code).uses()).isEqualTo(1);
  }

  @Test
  void revokedInviteIsRefusedAndNothingIsWritten() {
    Caller admin = admin();
    String code = invite(admin, maxUses(5));
    app.app.invites().revoke(admin, code);

    var result = signUp("bob", PASSWORD, code);

    assertThat(result).isEqualTo(new InviteUnusable(InviteState.REVOKED));
    assertThat(app.users.count()).isEqualTo(1);
    assertThat(stored(code).uses()).isZero();
  }

  @Test
  void usernameTakenIgnoringCaseIsRefusedAndTheInviteIsNotUsed() {
    String code = invite(admin(), maxUses(5));
    app.signUp("Bob", PASSWORD, code);

    assertThat(signUp("bob", PASSWORD, code)).isInstanceOf(UsernameTaken.class);
    assertThat(signUp("BOB", PASSWORD, code)).isInstanceOf(UsernameTaken.class);
    assertThat(signUp("ADMIN", PASSWORD, code)).isInstanceOf(UsernameTaken.class);
    assertThat(app.users.count()).isEqualTo(2);
    assertThat(stored(code).uses()).isEqualTo(1);
  }

  @Test
  void takenNameIsNotRevealedToSomeoneWithoutAnInvite() {
    // Log-in hides which names exist; sign-up must not tell an outsider either.
    admin();

    assertThat(signUp("admin", PASSWORD, null)).isInstanceOf(InviteRequired.class);
    assertThat(signUp("admin", PASSWORD, "AAAAAAAAAAAAAAAAAAAAAA"))
        .isInstanceOf(InviteUnknown.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "has space", "émile", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ""})
  void invalidUsernameIsRefused(String username) {
    assertThat(signUp(username, PASSWORD, null)).isInstanceOf(InvalidUsername.class);
    assertThat(app.users.count()).isZero();
    assertThat(app.app.instanceInfo().info().needsFirstUser()).isTrue();
  }

  @Test
  void missingUsernameIsRefused() {
    assertThat(signUp(null, PASSWORD, null)).isInstanceOf(InvalidUsername.class);
  }

  @Test
  void invalidPasswordIsRefused() {
    assertThat(signUp("alice", "1234567", null)).isInstanceOf(InvalidPassword.class);
    assertThat(signUp("alice", "x".repeat(1025), null)).isInstanceOf(InvalidPassword.class);
    assertThat(signUp("alice", null, null)).isInstanceOf(InvalidPassword.class);
    assertThat(app.users.count()).isZero();
  }

  @Test
  void openRegistrationNeedsNoInvite() {
    var open = TestApplication.open();
    open.signUp("admin", PASSWORD, null);

    var result =
        open.app
            .signUp()
            .signUp(
                new SignUpUseCase.Command(
                    "bob", PASSWORD, Optional.empty(), TestApplication.CLIENT));

    assertThat(result).isInstanceOf(SignedUp.class);
    User bob = ((SignedUp) result).session().user();
    assertThat(bob.admin()).isFalse();
    assertThat(bob.invitedBy()).isEmpty();
  }

  @Test
  void openRegistrationStillHonoursAnInviteThatIsGiven() {
    var open = TestApplication.open();
    var admin = open.caller(open.signUp("admin", PASSWORD, null));
    var code = ((Created) open.app.invites().create(admin, maxUses(1))).invite().code();

    User bob = open.signUp("bob", PASSWORD, code.value()).user();

    assertThat(bob.invitedBy()).contains(admin.user().id());
    assertThat(open.invites.findInvite(code).orElseThrow().uses()).isEqualTo(1);
  }

  @Test
  void concurrentSignUpsOnAnEmptyInstanceMakeExactlyOneAdmin() throws Exception {
    int threads = 16;
    List<SignUpUseCase.Result> results = race(app, threads);

    assertThat(results).filteredOn(SignedUp.class::isInstance).hasSize(1);
    assertThat(results).filteredOn(InviteRequired.class::isInstance).hasSize(threads - 1);
    assertThat(app.users.count()).isEqualTo(1);
    User admin =
        results.stream()
            .filter(SignedUp.class::isInstance)
            .map(r -> ((SignedUp) r).session().user())
            .findFirst()
            .orElseThrow();
    assertThat(admin.admin()).isTrue();
    assertThat(app.instance.admin()).contains(admin.id());
  }

  @Test
  void concurrentOpenSignUpsOnAnEmptyInstanceMakeExactlyOneAdmin() throws Exception {
    var open = TestApplication.open();
    int threads = 16;
    List<SignUpUseCase.Result> results = race(open, threads);

    assertThat(results).allMatch(SignedUp.class::isInstance);
    var admins =
        results.stream().map(r -> ((SignedUp) r).session().user()).filter(User::admin).toList();
    assertThat(admins).hasSize(1);
    assertThat(open.users.count()).isEqualTo(threads);
    assertThat(open.instance.admin()).contains(admins.getFirst().id());
  }

  private static List<SignUpUseCase.Result> race(TestApplication target, int threads)
      throws Exception {
    var start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<SignUpUseCase.Result>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String name = "user" + i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return target
                      .app
                      .signUp()
                      .signUp(
                          new SignUpUseCase.Command(
                              name, PASSWORD, Optional.empty(), TestApplication.CLIENT));
                }));
      }
      start.countDown();
      List<SignUpUseCase.Result> results = new ArrayList<>();
      for (var future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
