package chat.decentra.application;

import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.application.port.out.guild.GuildIconPort;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.application.port.out.guild.SaveChannelPort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.application.port.out.guild.SaveRolePort;

/**
 * What guilds, channels, roles and moderation need from the world, besides the ports every feature
 * shares (transactions, events, ids, clock).
 */
public record GuildPorts(
    LoadGuildPort loadGuilds,
    SaveGuildPort saveGuilds,
    LoadChannelPort loadChannels,
    SaveChannelPort saveChannels,
    LoadRolePort loadRoles,
    SaveRolePort saveRoles,
    LoadMemberPort loadMembers,
    SaveMemberPort saveMembers,
    GuildBanPort bans,
    GuildInvitePort invites,
    AuditLogPort auditLog,
    GuildIconPort icons,
    LoadUsersPort users) {

  public GuildPorts {
    Object[] all = {
      loadGuilds,
      saveGuilds,
      loadChannels,
      saveChannels,
      loadRoles,
      saveRoles,
      loadMembers,
      saveMembers,
      bans,
      invites,
      auditLog,
      icons,
      users
    };
    for (Object port : all) {
      if (port == null) {
        throw new IllegalArgumentException("every guild port is required");
      }
    }
  }
}
