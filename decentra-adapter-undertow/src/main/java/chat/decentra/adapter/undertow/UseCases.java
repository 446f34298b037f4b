package chat.decentra.adapter.undertow;

import chat.decentra.application.DecentraApplication;
import chat.decentra.application.GuildApplication;
import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.ChangePasswordUseCase;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.account.ListSessionsUseCase;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogOutUseCase;
import chat.decentra.application.port.in.account.RevokeSessionUseCase;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.UpdateProfileUseCase;
import chat.decentra.application.port.in.event.SubscribeToEventsUseCase;
import chat.decentra.application.port.in.instance.CheckReadinessUseCase;
import chat.decentra.application.port.in.instance.GetInstanceInfoUseCase;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import java.util.concurrent.Executor;

/**
 * Everything the web adapter drives: the application's use cases (accounts here, guilds in {@link
 * GuildUseCases}), the event stream, and the executor on which their blocking calls run so that IO
 * threads never wait.
 */
public record UseCases(
    SignUpUseCase signUp,
    LogInUseCase logIn,
    AuthenticateUseCase authenticate,
    LogOutUseCase logOut,
    ListSessionsUseCase listSessions,
    RevokeSessionUseCase revokeSession,
    ChangePasswordUseCase changePassword,
    UpdateProfileUseCase updateProfile,
    SetAvatarImageUseCase setAvatarImage,
    GetUserUseCase getUser,
    GetInstanceInfoUseCase instanceInfo,
    UpdateInstanceSettingsUseCase updateInstanceSettings,
    ManageInstanceInvitesUseCase invites,
    CheckReadinessUseCase readiness,
    GuildUseCases guilds,
    SubscribeToEventsUseCase events,
    Executor executor) {

  public UseCases {
    require(signUp, "signUp");
    require(logIn, "logIn");
    require(authenticate, "authenticate");
    require(logOut, "logOut");
    require(listSessions, "listSessions");
    require(revokeSession, "revokeSession");
    require(changePassword, "changePassword");
    require(updateProfile, "updateProfile");
    require(setAvatarImage, "setAvatarImage");
    require(getUser, "getUser");
    require(instanceInfo, "instanceInfo");
    require(updateInstanceSettings, "updateInstanceSettings");
    require(invites, "invites");
    require(readiness, "readiness");
    require(guilds, "guilds");
    require(events, "events");
    require(executor, "executor");
  }

  /**
   * Every use case of the application and of its guilds, the event stream both publish to, and the
   * executor for blocking calls.
   */
  public static UseCases of(
      DecentraApplication app,
      GuildApplication guilds,
      SubscribeToEventsUseCase events,
      Executor executor) {
    return new UseCases(
        app.signUp(),
        app.logIn(),
        app.authenticate(),
        app.logOut(),
        app.listSessions(),
        app.revokeSession(),
        app.changePassword(),
        app.updateProfile(),
        app.setAvatarImage(),
        app.getUser(),
        app.instanceInfo(),
        app.updateInstanceSettings(),
        app.invites(),
        app.readiness(),
        GuildUseCases.of(guilds),
        events,
        executor);
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}
