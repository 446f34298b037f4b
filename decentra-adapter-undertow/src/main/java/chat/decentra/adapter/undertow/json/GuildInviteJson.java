package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildInvite;

/** An invite to a guild on the wire (docs/api.md, "GuildInvite"). */
public record GuildInviteJson(
    String code,
    String url,
    String guildId,
    String channelId,
    String createdBy,
    String createdAt,
    Integer maxUses,
    int uses,
    String expiresAt,
    boolean revoked) {

  /**
   * @param baseUrl scheme, host and port that invite links start with, without a trailing slash
   */
  public static GuildInviteJson of(GuildInvite invite, String baseUrl) {
    return new GuildInviteJson(
        invite.code().value(),
        baseUrl + "/invite/" + invite.code().value(),
        invite.guildId().toString(),
        invite.channelId().map(ChannelId::toString).orElse(null),
        invite.createdBy().toString(),
        Times.iso(invite.createdAt()),
        invite.maxUses().orElse(null),
        invite.uses(),
        invite.expiresAt().map(Times::iso).orElse(null),
        invite.revoked());
  }
}
