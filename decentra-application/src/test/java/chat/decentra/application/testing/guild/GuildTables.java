package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.GuildIconPort.StoredIcon;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of every guild table in maps, shared by the in-memory guild adapters as a database is
 * shared by the jOOQ ones; its whole state can be saved and put back, so transactions can roll
 * back. Callers synchronize on the tables.
 */
final class GuildTables {

  /** The key of a row that belongs to one user in one guild. */
  record UserInGuild(GuildId guild, UserId user) {}

  /** Everything at one moment. */
  record Snapshot(
      Map<GuildId, Guild> guilds,
      Map<ChannelId, Channel> channels,
      Map<RoleId, Role> roles,
      Map<UserInGuild, Member> members,
      Map<UserInGuild, Ban> bans,
      Map<InviteCode, GuildInvite> invites,
      Map<AuditEntryId, AuditEntry> audit,
      Map<GuildId, StoredIcon> icons) {}

  Map<GuildId, Guild> guilds = new LinkedHashMap<>();
  Map<ChannelId, Channel> channels = new LinkedHashMap<>();
  Map<RoleId, Role> roles = new LinkedHashMap<>();
  Map<UserInGuild, Member> members = new LinkedHashMap<>();
  Map<UserInGuild, Ban> bans = new LinkedHashMap<>();
  Map<InviteCode, GuildInvite> invites = new LinkedHashMap<>();
  Map<AuditEntryId, AuditEntry> audit = new LinkedHashMap<>();
  Map<GuildId, StoredIcon> icons = new LinkedHashMap<>();

  synchronized Snapshot snapshot() {
    return new Snapshot(
        new LinkedHashMap<>(guilds),
        new LinkedHashMap<>(channels),
        new LinkedHashMap<>(roles),
        new LinkedHashMap<>(members),
        new LinkedHashMap<>(bans),
        new LinkedHashMap<>(invites),
        new LinkedHashMap<>(audit),
        new LinkedHashMap<>(icons));
  }

  synchronized void restore(Snapshot snapshot) {
    guilds = new LinkedHashMap<>(snapshot.guilds());
    channels = new LinkedHashMap<>(snapshot.channels());
    roles = new LinkedHashMap<>(snapshot.roles());
    members = new LinkedHashMap<>(snapshot.members());
    bans = new LinkedHashMap<>(snapshot.bans());
    invites = new LinkedHashMap<>(snapshot.invites());
    audit = new LinkedHashMap<>(snapshot.audit());
    icons = new LinkedHashMap<>(snapshot.icons());
  }
}
