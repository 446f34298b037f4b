package chat.decentra.adapter.undertow.json;

import chat.decentra.application.port.in.guild.GuildInvitePreview;

/**
 * What an invite code shows before joining (docs/api.md, "InvitePreview").
 *
 * @param channel the channel the invite leads to, when it names one
 */
public record InvitePreviewJson(
    String code, Guild guild, int memberCount, Channel channel, String expiresAt) {

  /** The guild as a stranger holding the code may see it. */
  public record Guild(String id, String name, String iconUrl) {}

  /** The channel the invite leads to. */
  public record Channel(String id, String name) {}

  public static InvitePreviewJson of(GuildInvitePreview preview) {
    Channel channel =
        preview.channelId().isPresent() && preview.channelName().isPresent()
            ? new Channel(preview.channelId().get().toString(), preview.channelName().get())
            : null;
    return new InvitePreviewJson(
        preview.code().value(),
        new Guild(
            preview.guildId().toString(),
            preview.guildName(),
            preview.icon().map(icon -> GuildJson.iconUrl(preview.guildId(), icon)).orElse(null)),
        preview.memberCount(),
        channel,
        preview.expiresAt().map(Times::iso).orElse(null));
  }
}
