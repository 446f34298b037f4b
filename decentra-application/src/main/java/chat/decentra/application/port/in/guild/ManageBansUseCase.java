package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Banning users (members below the caller, or users who are not members), lifting bans and listing
 * them; all need ban members.
 */
public interface ManageBansUseCase {

  BanResult ban(Command command);

  UnbanResult unban(Caller caller, GuildId guild, UserId user);

  ListResult bans(Caller caller, GuildId guild);

  /**
   * @param reason kept with the ban and written to the audit log
   */
  record Command(Caller caller, GuildId guildId, UserId userId, Optional<String> reason) {
    public Command {
      if (caller == null || guildId == null || userId == null || reason == null) {
        throw new IllegalArgumentException("caller, guildId, userId and reason are required");
      }
    }
  }

  sealed interface BanResult {}

  sealed interface UnbanResult {}

  sealed interface ListResult {}

  /** The user is banned; banning again keeps the first ban as it was. */
  record Banned(Ban ban) implements BanResult {}

  record Unbanned() implements UnbanResult {}

  /** Newest first. */
  record Listed(List<Ban> bans) implements ListResult {
    public Listed {
      bans = List.copyOf(bans);
    }
  }

  record NotFound() implements BanResult, UnbanResult, ListResult {}

  /** Without ban members, or the user is a member who does not rank below the caller. */
  record Forbidden() implements BanResult, UnbanResult, ListResult {}

  /** No account with that id. */
  record UserNotFound() implements BanResult {}

  record InvalidReason() implements BanResult {}

  record NotBanned() implements UnbanResult {}
}
