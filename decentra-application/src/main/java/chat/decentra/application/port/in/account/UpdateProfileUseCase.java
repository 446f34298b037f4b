package chat.decentra.application.port.in.account;

import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;

/** Changing what others see of the caller: display name, custom status, status, emoji avatar. */
public interface UpdateProfileUseCase {

  Result update(Command command);

  record Command(
      Caller caller,
      Patch<String> displayName,
      Patch<String> customStatus,
      Patch<PresenceStatus> status,
      Patch<String> avatarEmoji) {}

  sealed interface Result {}

  record Updated(User user) implements Result {}

  record InvalidDisplayName() implements Result {}

  record InvalidCustomStatus() implements Result {}

  record InvalidAvatarEmoji() implements Result {}
}
