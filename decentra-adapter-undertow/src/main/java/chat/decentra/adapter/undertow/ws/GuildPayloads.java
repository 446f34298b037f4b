package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.MemberJson;
import chat.decentra.adapter.undertow.json.RoleJson;
import chat.decentra.adapter.undertow.json.UserJson;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.User;
import java.util.List;

/** The data of the guild events that are not a plain wire object (docs/protocol.md). */
final class GuildPayloads {

  private GuildPayloads() {}

  /** {@code GUILD_DELETE}: {@code {"id"}}. */
  record GuildGone(String id) {
    static GuildGone of(GuildId guild) {
      return new GuildGone(guild.toString());
    }
  }

  /** {@code CHANNEL_DELETE}: {@code {"id","guild_id"}}. */
  record ChannelGone(String id, String guildId) {
    static ChannelGone of(GuildId guild, ChannelId channel) {
      return new ChannelGone(channel.toString(), guild.toString());
    }
  }

  /** {@code GUILD_MEMBER_ADD} and {@code GUILD_MEMBER_UPDATE}: a Member with {@code guild_id}. */
  record GuildMember(
      String guildId, UserJson user, String nick, List<String> roles, String joinedAt) {
    static GuildMember of(Member member, User user) {
      MemberJson json = MemberJson.of(member, user);
      return new GuildMember(
          member.guildId().toString(), json.user(), json.nick(), json.roles(), json.joinedAt());
    }
  }

  /** {@code GUILD_MEMBER_REMOVE}: {@code {"guild_id","user"}}. */
  record MemberGone(String guildId, UserJson user) {
    static MemberGone of(GuildId guild, User user) {
      return new MemberGone(guild.toString(), UserJson.other(user));
    }
  }

  /** {@code GUILD_ROLE_CREATE} and {@code GUILD_ROLE_UPDATE}: {@code {"guild_id","role"}}. */
  record GuildRole(String guildId, RoleJson role) {}

  /** {@code GUILD_ROLE_DELETE}: {@code {"guild_id","role_id"}}. */
  record RoleGone(String guildId, String roleId) {
    static RoleGone of(GuildId guild, RoleId role) {
      return new RoleGone(guild.toString(), role.toString());
    }
  }
}
