package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;

/** Writing guilds. */
public interface SaveGuildPort {

  void insertGuild(Guild guild);

  /** Writes the name, owner and icon reference. */
  void updateGuild(Guild guild);

  /**
   * Deletes the guild and everything in it: channels and their overwrites, roles, members and their
   * roles, bans, invites, audit entries and icon.
   */
  void deleteGuild(GuildId id);
}
