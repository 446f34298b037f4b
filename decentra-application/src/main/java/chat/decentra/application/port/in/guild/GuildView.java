package chat.decentra.application.port.in.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.permission.Permissions;
import java.util.List;
import java.util.Map;

/**
 * A guild as one member sees it: what {@code ready} carries per guild, and what opening a guild
 * shows.
 *
 * @param self the viewer's own membership
 * @param permissions what the viewer may do in the guild as a whole
 * @param roles every role, from the lowest rank to the highest
 * @param channels the channels the viewer may view, in {@link Channel#ORDER}
 * @param channelPermissions what the viewer may do in each of those channels
 */
public record GuildView(
    Guild guild,
    Member self,
    Permissions permissions,
    List<Role> roles,
    List<Channel> channels,
    Map<ChannelId, Permissions> channelPermissions,
    int memberCount) {

  public GuildView {
    roles = List.copyOf(roles);
    channels = List.copyOf(channels);
    channelPermissions = Map.copyOf(channelPermissions);
  }
}
