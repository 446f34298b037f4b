package chat.decentra.application.service.guild;

import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/**
 * Finds the caller's membership of a guild. A guild the caller is not a member of is answered
 * exactly like a guild that does not exist.
 */
final class GuildLookup {

  private final LoadGuildPort guilds;
  private final LoadMemberPort members;
  private final LoadRolePort roles;

  GuildLookup(LoadGuildPort guilds, LoadMemberPort members, LoadRolePort roles) {
    this.guilds = guilds;
    this.members = members;
    this.roles = roles;
  }

  /** The user as a member of the guild, for reading. */
  Optional<ActingMember> member(GuildId guild, UserId user) {
    return guilds.loadGuild(guild).flatMap(found -> asMember(found, user));
  }

  /**
   * The user as a member of the guild, with the guild locked until the transaction ends: for
   * changes, so that the checks made now still hold when the change is written.
   */
  Optional<ActingMember> memberForUpdate(GuildId guild, UserId user) {
    return guilds.loadGuildForUpdate(guild).flatMap(found -> asMember(found, user));
  }

  private Optional<ActingMember> asMember(Guild guild, UserId user) {
    return members
        .loadMember(guild.id(), user)
        .map(member -> ActingMember.of(guild, member, roles.listRoles(guild.id())));
  }
}
