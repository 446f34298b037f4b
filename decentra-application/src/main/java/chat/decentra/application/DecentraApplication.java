package chat.decentra.application;

import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.ChangePasswordUseCase;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.account.ListSessionsUseCase;
import chat.decentra.application.port.in.account.LogInUseCase;
import chat.decentra.application.port.in.account.LogOutUseCase;
import chat.decentra.application.port.in.account.PurgeExpiredSessionsUseCase;
import chat.decentra.application.port.in.account.RevokeSessionUseCase;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase;
import chat.decentra.application.port.in.account.SignUpUseCase;
import chat.decentra.application.port.in.account.UpdateProfileUseCase;
import chat.decentra.application.port.in.instance.CheckReadinessUseCase;
import chat.decentra.application.port.in.instance.GetInstanceInfoUseCase;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.application.service.account.AccountSettings;
import chat.decentra.application.service.account.ChangePasswordService;
import chat.decentra.application.service.account.LogInService;
import chat.decentra.application.service.account.LoginThrottle;
import chat.decentra.application.service.account.ProfileService;
import chat.decentra.application.service.account.ServerInviteRegistration;
import chat.decentra.application.service.account.SessionIssuer;
import chat.decentra.application.service.account.SessionService;
import chat.decentra.application.service.account.SignUpService;
import chat.decentra.application.service.instance.InstanceInviteService;
import chat.decentra.application.service.instance.InstanceService;

/**
 * Decentra's use cases, built from the outbound ports by plain constructors. This is how the
 * launcher wires the server, and how another JVM program embeds Decentra with adapters of its own.
 */
public final class DecentraApplication {

  private final SignUpService signUp;
  private final LogInService logIn;
  private final SessionService sessions;
  private final ChangePasswordService changePassword;
  private final ProfileService profiles;
  private final InstanceService instance;
  private final InstanceInviteService invites;

  /** The accounts alone: no code is a server invite. */
  public DecentraApplication(OutboundPorts ports, AccountSettings settings) {
    this(ports, settings, ServerInviteRegistration.NONE);
  }

  /**
   * The accounts, with server invites admitting newcomers as well (unless the admin turned that
   * off); {@link GuildApplication#serverInviteRegistration()} provides them.
   */
  public DecentraApplication(
      OutboundPorts ports, AccountSettings settings, ServerInviteRegistration serverInvites) {
    var issuer = new SessionIssuer(ports.sessions(), ports.ids(), ports.clock(), settings);
    this.signUp =
        new SignUpService(
            ports.loadUsers(),
            ports.saveUsers(),
            ports.instance(),
            ports.invites(),
            ports.passwords(),
            ports.transactions(),
            issuer,
            ports.ids(),
            ports.clock(),
            settings,
            serverInvites);
    this.logIn =
        new LogInService(
            ports.loadUsers(), ports.passwords(), issuer, new LoginThrottle(ports.clock()));
    this.sessions =
        new SessionService(
            ports.sessions(), ports.loadUsers(), ports.events(), ports.clock(), settings);
    this.changePassword =
        new ChangePasswordService(
            ports.loadUsers(),
            ports.saveUsers(),
            ports.sessions(),
            ports.passwords(),
            ports.transactions(),
            ports.events(),
            ports.clock());
    this.profiles =
        new ProfileService(
            ports.loadUsers(),
            ports.saveUsers(),
            ports.avatarImages(),
            ports.transactions(),
            ports.events());
    this.instance =
        new InstanceService(ports.instance(), ports.database(), settings.registration());
    this.invites = new InstanceInviteService(ports.invites(), ports.instance(), ports.clock());
  }

  public SignUpUseCase signUp() {
    return signUp;
  }

  public LogInUseCase logIn() {
    return logIn;
  }

  public AuthenticateUseCase authenticate() {
    return sessions;
  }

  public LogOutUseCase logOut() {
    return sessions;
  }

  public ListSessionsUseCase listSessions() {
    return sessions;
  }

  public RevokeSessionUseCase revokeSession() {
    return sessions;
  }

  public PurgeExpiredSessionsUseCase purgeExpiredSessions() {
    return sessions;
  }

  public ChangePasswordUseCase changePassword() {
    return changePassword;
  }

  public GetUserUseCase getUser() {
    return profiles;
  }

  public UpdateProfileUseCase updateProfile() {
    return profiles;
  }

  public SetAvatarImageUseCase setAvatarImage() {
    return profiles;
  }

  public GetInstanceInfoUseCase instanceInfo() {
    return instance;
  }

  public UpdateInstanceSettingsUseCase updateInstanceSettings() {
    return instance;
  }

  public CheckReadinessUseCase readiness() {
    return instance;
  }

  public ManageInstanceInvitesUseCase invites() {
    return invites;
  }
}
