package chat.decentra.application.port.in.instance;

import chat.decentra.application.port.in.account.Caller;

/** The admin's instance settings. */
public interface UpdateInstanceSettingsUseCase {

  Result update(Caller caller, boolean membersCanInvite);

  sealed interface Result {}

  record Updated(InstanceInfo info) implements Result {}

  record Forbidden() implements Result {}
}
