package chat.decentra.application.service.instance;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.CreateForbidden;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.CreateResult;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.NotFound;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Revoked;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceInviteServiceTest {

  private static final String PASSWORD = "correct horse battery";

  private final TestApplication app = new TestApplication();
  private Caller admin;
  private Caller bob;
  private Caller carol;

  @BeforeEach
  void instanceWithAdminAndTwoMembers() {
    admin = app.caller(app.signUp("admin", PASSWORD, null));
    bob = app.caller(app.signUp("bob", PASSWORD, code(create(admin, InviteLimits.none()))));
    carol = app.caller(app.signUp("carol", PASSWORD, code(create(admin, InviteLimits.none()))));
  }

  private CreateResult create(Caller caller, InviteLimits limits) {
    return app.app.invites().create(caller, limits);
  }

  private static InstanceInvite invite(CreateResult result) {
    assertThat(result).isInstanceOf(Created.class);
    return ((Created) result).invite();
  }

  private static String code(CreateResult result) {
    return invite(result).code().value();
  }

  private InviteState state(String code) {
    return app.invites.findInvite(new InviteCode(code)).orElseThrow().stateAt(app.clock.instant());
  }

  @Test
  void adminCreatesAnInvite() {
    InstanceInvite invite = invite(create(admin, InviteLimits.none()));

    assertThat(invite.createdBy()).isEqualTo(admin.user().id());
    assertThat(invite.createdAt()).isEqualTo(app.clock.instant());
    assertThat(invite.uses()).isZero();
    assertThat(invite.maxUses()).isEmpty();
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.revoked()).isFalse();
    assertThat(app.invites.findInvite(invite.code())).contains(invite);
  }

  @Test
  void inviteCodeCarries128RandomBits() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      codes.add(code(create(admin, InviteLimits.none())));
    }

    assertThat(codes).hasSize(50).allMatch(c -> c.matches("[A-Za-z0-9_-]{22}"));
  }

  @Test
  void inviteCarriesItsLimits() {
    var limits = new InviteLimits(Optional.of(5), Optional.of(Duration.ofDays(7)));

    InstanceInvite invite = invite(create(admin, limits));

    assertThat(invite.maxUses()).contains(5);
    assertThat(invite.expiresAt()).contains(app.clock.instant().plus(Duration.ofDays(7)));
  }

  @Test
  void memberMayNotInviteUntilTheAdminAllowsIt() {
    assertThat(create(bob, InviteLimits.none())).isInstanceOf(CreateForbidden.class);
    assertThat(app.invites.listInvitesBy(bob.user().id())).isEmpty();

    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));

    assertThat(invite(create(bob, InviteLimits.none())).createdBy()).isEqualTo(bob.user().id());
  }

  @Test
  void memberLosesTheRightWhenTheAdminTakesItBack() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(false));

    assertThat(create(bob, InviteLimits.none())).isInstanceOf(CreateForbidden.class);
  }

  @Test
  void maxUsesLetsThatManyPeopleIn() {
    String code = code(create(admin, new InviteLimits(Optional.of(2), Optional.empty())));

    app.signUp("dave", PASSWORD, code);
    app.signUp("erin", PASSWORD, code);

    assertThat(state(code)).isEqualTo(InviteState.USED_UP);
  }

  @Test
  void maxAgeEndsTheInvite() {
    String code =
        code(
            create(admin, new InviteLimits(Optional.empty(), Optional.of(Duration.ofMinutes(30)))));

    app.clock.advance(Duration.ofMinutes(29));
    assertThat(state(code)).isEqualTo(InviteState.USABLE);
    app.clock.advance(Duration.ofMinutes(1));
    assertThat(state(code)).isEqualTo(InviteState.EXPIRED);
  }

  @Test
  void adminSeesEveryInviteNewestFirst() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    app.clock.advance(Duration.ofMinutes(1));
    String byBob = code(create(bob, InviteLimits.none()));
    app.clock.advance(Duration.ofMinutes(1));
    String byAdmin = code(create(admin, InviteLimits.none()));
    app.clock.advance(Duration.ofMinutes(1));
    String byCarol = code(create(carol, InviteLimits.none()));

    var list = app.app.invites().list(admin);

    assertThat(list).hasSize(5); // two from setting up bob and carol
    assertThat(list).extracting(i -> i.code().value()).startsWith(byCarol, byAdmin, byBob);
  }

  @Test
  void memberSeesOnlyTheirOwnInvites() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    String byBob = code(create(bob, InviteLimits.none()));
    app.clock.advance(Duration.ofMinutes(1));
    String byBobLater = code(create(bob, InviteLimits.none()));
    code(create(carol, InviteLimits.none()));

    assertThat(app.app.invites().list(bob))
        .extracting(i -> i.code().value())
        .containsExactly(byBobLater, byBob);
  }

  @Test
  void memberWhoNeverInvitedSeesNone() {
    assertThat(app.app.invites().list(bob)).isEmpty();
  }

  @Test
  void creatorRevokesTheirInvite() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    String code = code(create(bob, InviteLimits.none()));

    assertThat(app.app.invites().revoke(bob, code)).isInstanceOf(Revoked.class);
    assertThat(state(code)).isEqualTo(InviteState.REVOKED);
  }

  @Test
  void adminRevokesAMembersInvite() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    String code = code(create(bob, InviteLimits.none()));

    assertThat(app.app.invites().revoke(admin, code)).isInstanceOf(Revoked.class);
    assertThat(state(code)).isEqualTo(InviteState.REVOKED);
  }

  @Test
  void revokingKeepsTheCountOfUses() {
    String code = code(create(admin, new InviteLimits(Optional.of(3), Optional.empty())));
    app.signUp("dave", PASSWORD, code);

    app.app.invites().revoke(admin, code);

    var stored = app.invites.findInvite(new InviteCode(code)).orElseThrow();
    assertThat(stored.uses()).isEqualTo(1);
    assertThat(stored.revoked()).isTrue();
  }

  @Test
  void otherMemberCannotRevokeAndIsToldItDoesNotExist() {
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    String byBob = code(create(bob, InviteLimits.none()));
    String byAdmin = code(create(admin, InviteLimits.none()));

    assertThat(app.app.invites().revoke(carol, byBob)).isInstanceOf(NotFound.class);
    assertThat(app.app.invites().revoke(carol, byAdmin)).isInstanceOf(NotFound.class);
    assertThat(state(byBob)).isEqualTo(InviteState.USABLE);
    assertThat(state(byAdmin)).isEqualTo(InviteState.USABLE);
  }

  @Test
  void revokingAnUnknownInviteIsNotFound() {
    assertThat(app.app.invites().revoke(admin, "AAAAAAAAAAAAAAAAAAAAAA"))
        .isInstanceOf(NotFound.class);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"short", "AAAAAAAAAAAAAAAAAAAAA/", "../../etc/passwd", " AAAAAAAAAAAAAAAAAAAAAA"})
  void malformedCodeIsNotFound(String code) {
    assertThat(app.app.invites().revoke(admin, code)).isInstanceOf(NotFound.class);
  }
}
