package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import java.util.List;

/** Reading a guild the caller belongs to, and the list of their guilds. */
public interface GetGuildUseCase {

  Result guild(Caller caller, GuildId guild);

  /** The caller's guilds, oldest membership first. */
  List<Guild> myGuilds(Caller caller);

  sealed interface Result {}

  record Found(GuildView guild) implements Result {}

  /** No such guild, or the caller is not a member: the same answer, so outsiders learn nothing. */
  record NotFound() implements Result {}
}
