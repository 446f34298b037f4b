package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** The users banned from each guild. */
public interface GuildBanPort {

  /** Records the ban; the caller has made sure the user is not banned already. */
  void insertBan(Ban ban);

  Optional<Ban> findBan(GuildId guild, UserId user);

  /** Lifts the ban; true when there was one. */
  boolean deleteBan(GuildId guild, UserId user);

  /** The guild's bans, newest first. */
  List<Ban> listBans(GuildId guild);
}
