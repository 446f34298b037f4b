package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import java.util.Optional;

/** Changing a guild's settings; needs manage server. */
public interface UpdateGuildUseCase {

  Result update(Command command);

  /**
   * @param name the new name, or empty to keep it
   */
  record Command(Caller caller, GuildId guildId, Optional<String> name) {
    public Command {
      if (caller == null || guildId == null || name == null) {
        throw new IllegalArgumentException("caller, guildId and name are required");
      }
    }
  }

  sealed interface Result {}

  record Updated(Guild guild) implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  record InvalidName() implements Result {}
}
