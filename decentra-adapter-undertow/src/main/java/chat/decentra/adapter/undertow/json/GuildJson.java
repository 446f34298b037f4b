package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.id.GuildId;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A guild (a "server") on the wire (docs/api.md, "Guild"). */
public record GuildJson(String id, String name, String iconUrl, String ownerId, String createdAt) {

  public static GuildJson of(Guild guild) {
    return new GuildJson(
        guild.id().toString(),
        guild.name(),
        guild.icon().map(icon -> iconUrl(guild.id(), icon)).orElse(null),
        guild.ownerId().toString(),
        Times.iso(guild.createdAt()));
  }

  /** The icon's URL; it changes with every upload, so it may be cached forever. */
  public static String iconUrl(GuildId guild, GuildIcon icon) {
    return "/api/v1/guilds/"
        + guild
        + "/icon?v="
        + URLEncoder.encode(icon.version(), StandardCharsets.UTF_8);
  }
}
