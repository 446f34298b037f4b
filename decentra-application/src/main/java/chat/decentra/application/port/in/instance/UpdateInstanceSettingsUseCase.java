package chat.decentra.application.port.in.instance;

import chat.decentra.application.port.in.account.Caller;
import java.util.Optional;

/** The admin's instance settings. */
public interface UpdateInstanceSettingsUseCase {

  Result update(Caller caller, Changes changes);

  /** The settings to change; empty ones stay as they are. */
  record Changes(Optional<Boolean> membersCanInvite, Optional<Boolean> guildInvitesAllowSignUp) {

    /** A change of whether members may invite, and nothing else. */
    public static Changes membersCanInvite(boolean allowed) {
      return new Changes(Optional.of(allowed), Optional.empty());
    }
  }

  sealed interface Result {}

  record Updated(InstanceInfo info) implements Result {}

  record Forbidden() implements Result {}
}
