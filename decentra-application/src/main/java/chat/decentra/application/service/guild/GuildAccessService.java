package chat.decentra.application.service.guild;

import chat.decentra.application.port.in.guild.ChannelAccess;
import chat.decentra.application.port.in.guild.GuildAccessUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers the gateway's questions about who may see which guilds and channels. */
public final class GuildAccessService implements GuildAccessUseCase {

  private final LoadGuildPort loadGuilds;
  private final LoadChannelPort loadChannels;
  private final GuildLookup lookup;
  private final GuildViews views;

  public GuildAccessService(
      LoadGuildPort loadGuilds,
      LoadChannelPort loadChannels,
      LoadRolePort loadRoles,
      LoadMemberPort loadMembers) {
    this.loadGuilds = loadGuilds;
    this.loadChannels = loadChannels;
    this.lookup = new GuildLookup(loadGuilds, loadMembers, loadRoles);
    this.views = new GuildViews(loadChannels, loadMembers);
  }

  @Override
  public Set<GuildId> guildIds(UserId user) {
    return loadGuilds.listGuildsOf(user).stream()
        .map(Guild::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public List<GuildView> ready(UserId user) {
    return loadGuilds.listGuildsOf(user).stream()
        .flatMap(guild -> view(user, guild.id()).stream())
        .toList();
  }

  @Override
  public Optional<GuildView> view(UserId user, GuildId guild) {
    return lookup.member(guild, user).map(views::of);
  }

  @Override
  public Set<ChannelId> visibleChannels(UserId user, GuildId guild) {
    var viewer = lookup.member(guild, user);
    if (viewer.isEmpty()) {
      return Set.of();
    }
    return views.visibleChannels(viewer.get()).stream()
        .map(Channel::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Override
  public Optional<ChannelAccess> channelAccess(UserId user, ChannelId channelId) {
    Optional<Channel> channel = loadChannels.loadChannel(channelId);
    if (channel.isEmpty()) {
      return Optional.empty();
    }
    return lookup
        .member(channel.get().guildId(), user)
        .map(viewer -> viewer.in(channel.get()))
        .filter(permissions -> permissions.has(Permission.VIEW_CHANNEL))
        .map(permissions -> access(channel.get(), permissions));
  }

  private static ChannelAccess access(Channel channel, Permissions permissions) {
    return new ChannelAccess(channel.guildId(), channel.id(), channel.kind(), permissions);
  }

  @Override
  public boolean mayView(UserId user, ChannelId channel) {
    return channelAccess(user, channel).isPresent();
  }
}
