package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.permission.Permissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the view of a guild that one member gets: only the channels they may see. */
final class GuildViews {

  private final LoadChannelPort channels;
  private final LoadMemberPort members;

  GuildViews(LoadChannelPort channels, LoadMemberPort members) {
    this.channels = channels;
    this.members = members;
  }

  GuildView of(ActingMember viewer) {
    var visible = new ArrayList<Channel>();
    Map<ChannelId, Permissions> permissions = new HashMap<>();
    for (Channel channel : visibleChannels(viewer)) {
      visible.add(channel);
      permissions.put(channel.id(), viewer.in(channel));
    }
    return new GuildView(
        viewer.guild(),
        viewer.member(),
        viewer.permissions(),
        viewer.roles().stream().sorted(Role.HIERARCHY).toList(),
        visible,
        permissions,
        members.countMembers(viewer.guildId()));
  }

  /** The guild's channels the member may view, in {@link Channel#ORDER}. */
  List<Channel> visibleChannels(ActingMember viewer) {
    return channels.listChannels(viewer.guildId()).stream()
        .filter(viewer::mayView)
        .sorted(Channel.ORDER)
        .toList();
  }
}
