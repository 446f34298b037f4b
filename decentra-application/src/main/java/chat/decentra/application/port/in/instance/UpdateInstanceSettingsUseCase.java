package chat.decentra.application.port.in.instance;

import chat.decentra.application.port.in.account.Caller;
import java.util.Optional;

/** The admin's instance settings. */
public interface UpdateInstanceSettingsUseCase {

  Result update(Caller caller, Changes changes);

  /** Only the settings that are present change. */
  default Result update(Caller caller, boolean membersCanInvite) {
    return update(caller, new Changes(Optional.of(membersCanInvite), Optional.empty()));
  }

  /** The settings to change; empty ones stay as they are. */
  record Changes(Optional<Boolean> membersCanInvite, Optional<Boolean> guildInvitesAllowSignUp) {}

  sealed interface Result {}

  record Updated(InstanceInfo info) implements Result {}

  record Forbidden() implements Result {}
}
