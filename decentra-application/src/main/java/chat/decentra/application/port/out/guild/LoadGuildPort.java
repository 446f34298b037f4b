package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reading guilds. */
public interface LoadGuildPort {

  Optional<Guild> loadGuild(GuildId id);

  /**
   * The guild, its row locked until the end of the current transaction. Every change to a guild's
   * members, roles, channels or invites takes this lock first, so that the permission checks of one
   * change see the results of the previous one, and locks are always taken in the same order.
   */
  Optional<Guild> loadGuildForUpdate(GuildId id);

  /** The guilds the user is a member of, oldest membership first. */
  List<Guild> listGuildsOf(UserId member);
}
