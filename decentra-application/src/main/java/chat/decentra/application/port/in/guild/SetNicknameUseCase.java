package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/**
 * Setting or clearing a member's nickname: one's own with change nickname, someone else's below
 * oneself with manage nicknames.
 */
public interface SetNicknameUseCase {

  Result setNickname(Command command);

  /**
   * @param nickname empty to clear it
   */
  record Command(Caller caller, GuildId guildId, UserId memberId, Optional<String> nickname) {
    public Command {
      if (caller == null || guildId == null || memberId == null || nickname == null) {
        throw new IllegalArgumentException("caller, guildId, memberId and nickname are required");
      }
    }
  }

  sealed interface Result {}

  record Updated(Member member) implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  record MemberNotFound() implements Result {}

  record InvalidNickname() implements Result {}
}
