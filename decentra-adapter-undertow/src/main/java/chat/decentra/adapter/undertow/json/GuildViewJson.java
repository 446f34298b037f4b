package chat.decentra.adapter.undertow.json;

import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.User;
import java.util.List;

/**
 * A guild as one member sees it (docs/api.md, "GuildView"): in {@code GET /guilds/{id}}, in {@code
 * READY}, {@code GUILD_CREATE} and {@code GUILD_SYNC}.
 *
 * @param me the viewer's own membership
 * @param permissions what the viewer may do in the guild as a whole
 * @param channels only those the viewer may view, each with the viewer's permissions in it
 */
public record GuildViewJson(
    GuildJson guild,
    int memberCount,
    MemberJson me,
    List<String> permissions,
    List<RoleJson> roles,
    List<ChannelJson> channels) {

  /**
   * @param viewer the account behind {@code view.self()}
   */
  public static GuildViewJson of(GuildView view, User viewer) {
    return new GuildViewJson(
        GuildJson.of(view.guild()),
        view.memberCount(),
        MemberJson.of(view.self(), viewer),
        PermissionNames.of(view.permissions()),
        view.roles().stream().map(RoleJson::of).toList(),
        view.channels().stream()
            .map(
                channel ->
                    ChannelJson.of(
                        channel,
                        view.channelPermissions().getOrDefault(channel.id(), Permissions.none())))
            .toList());
  }
}
