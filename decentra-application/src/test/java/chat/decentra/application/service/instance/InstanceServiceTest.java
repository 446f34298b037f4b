package chat.decentra.application.service.instance;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.instance.InstanceInfo;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase.Created;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase.Forbidden;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase.Updated;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.instance.RegistrationMode;
import chat.decentra.domain.invite.InviteLimits;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceServiceTest {

  private static final String PASSWORD = "correct horse battery";

  private final TestApplication app = new TestApplication();

  private Caller member(Caller admin, String name) {
    var code = ((Created) app.app.invites().create(admin, InviteLimits.none())).invite().code();
    return app.caller(app.signUp(name, PASSWORD, code.value()));
  }

  @Test
  void emptyInstanceAsksForItsFirstUser() {
    assertThat(app.app.instanceInfo().info())
        .isEqualTo(new InstanceInfo(RegistrationMode.INVITE, true, false, true));
  }

  @Test
  void firstSignUpFillsTheInstance() {
    app.signUp("admin", PASSWORD, null);

    assertThat(app.app.instanceInfo().info().needsFirstUser()).isFalse();
  }

  @Test
  void refusedSignUpLeavesTheInstanceEmpty() {
    app.app
        .signUp()
        .signUp(
            new SignUpUseCase.Command("admin", "short", Optional.empty(), TestApplication.CLIENT));

    assertThat(app.app.instanceInfo().info().needsFirstUser()).isTrue();
  }

  @Test
  void openInstanceSaysSo() {
    assertThat(TestApplication.open().app.instanceInfo().info().registration())
        .isEqualTo(RegistrationMode.OPEN);
  }

  @Test
  void adminLetsMembersInvite() {
    Caller admin = app.caller(app.signUp("admin", PASSWORD, null));

    var result =
        app.app
            .updateInstanceSettings()
            .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));

    assertThat(result)
        .isEqualTo(new Updated(new InstanceInfo(RegistrationMode.INVITE, false, true, true)));
    assertThat(app.app.instanceInfo().info().membersCanInvite()).isTrue();
  }

  @Test
  void adminTakesTheRightBack() {
    Caller admin = app.caller(app.signUp("admin", PASSWORD, null));
    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));

    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(false));

    assertThat(app.app.instanceInfo().info().membersCanInvite()).isFalse();
  }

  @Test
  void memberMayNotChangeSettings() {
    Caller admin = app.caller(app.signUp("admin", PASSWORD, null));
    Caller bob = member(admin, "bob");

    assertThat(
            app.app
                .updateInstanceSettings()
                .update(bob, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true)))
        .isInstanceOf(Forbidden.class);
    assertThat(app.app.instanceInfo().info().membersCanInvite()).isFalse();

    app.app
        .updateInstanceSettings()
        .update(admin, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(true));
    assertThat(
            app.app
                .updateInstanceSettings()
                .update(bob, UpdateInstanceSettingsUseCase.Changes.membersCanInvite(false)))
        .isInstanceOf(Forbidden.class);
    assertThat(app.app.instanceInfo().info().membersCanInvite()).isTrue();
  }

  @Test
  void readinessFollowsTheDatabase() {
    assertThat(app.app.readiness().isReady()).isTrue();

    app.databaseReachable = false;
    assertThat(app.app.readiness().isReady()).isFalse();

    app.databaseReachable = true;
    assertThat(app.app.readiness().isReady()).isTrue();
  }

  @Test
  void adminTurnsSignUpThroughServerInvitesOffAndOnAgain() {
    var admin = app.caller(app.signUp("admin", "correct horse battery", null));
    var off =
        app.app
            .updateInstanceSettings()
            .update(
                admin,
                new UpdateInstanceSettingsUseCase.Changes(Optional.empty(), Optional.of(false)));
    assertThat(off)
        .isEqualTo(new Updated(new InstanceInfo(RegistrationMode.INVITE, false, false, false)));
    assertThat(app.instance.guildInvitesAllowSignUp()).isFalse();
  }
}
