package chat.decentra.application.service.instance;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.instance.CheckReadinessUseCase;
import chat.decentra.application.port.in.instance.GetInstanceInfoUseCase;
import chat.decentra.application.port.in.instance.InstanceInfo;
import chat.decentra.application.port.in.instance.UpdateInstanceSettingsUseCase;
import chat.decentra.application.port.out.CheckDatabasePort;
import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.domain.instance.InstancePolicy;
import chat.decentra.domain.instance.RegistrationMode;

/** The instance's public facts, the admin's settings, and whether this node is ready. */
public final class InstanceService
    implements GetInstanceInfoUseCase, UpdateInstanceSettingsUseCase, CheckReadinessUseCase {

  private final InstanceStatePort state;
  private final CheckDatabasePort database;
  private final RegistrationMode registration;

  public InstanceService(
      InstanceStatePort state, CheckDatabasePort database, RegistrationMode registration) {
    this.state = state;
    this.database = database;
    this.registration = registration;
  }

  @Override
  public InstanceInfo info() {
    return new InstanceInfo(
        registration,
        state.admin().isEmpty(),
        state.membersCanInvite(),
        state.guildInvitesAllowSignUp());
  }

  @Override
  public Result update(Caller caller, Changes changes) {
    if (!InstancePolicy.mayChangeSettings(caller.user())) {
      return new Forbidden();
    }
    changes.membersCanInvite().ifPresent(state::setMembersCanInvite);
    changes.guildInvitesAllowSignUp().ifPresent(state::setGuildInvitesAllowSignUp);
    return new Updated(info());
  }

  @Override
  public boolean isReady() {
    return database.isReachable();
  }
}
