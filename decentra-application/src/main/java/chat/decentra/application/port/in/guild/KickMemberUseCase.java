package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** Removing a member ranked below the caller; needs kick members. They may rejoin by invite. */
public interface KickMemberUseCase {

  Result kick(Command command);

  /**
   * @param reason written to the audit log
   */
  record Command(Caller caller, GuildId guildId, UserId memberId, Optional<String> reason) {
    public Command {
      if (caller == null || guildId == null || memberId == null || reason == null) {
        throw new IllegalArgumentException("caller, guildId, memberId and reason are required");
      }
    }
  }

  sealed interface Result {}

  record Kicked() implements Result {}

  record NotFound() implements Result {}

  /** Without kick members, or the member does not rank below the caller. */
  record Forbidden() implements Result {}

  record MemberNotFound() implements Result {}

  record InvalidReason() implements Result {}
}
