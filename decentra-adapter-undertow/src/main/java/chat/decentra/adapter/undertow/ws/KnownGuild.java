package chat.decentra.adapter.undertow.ws;

import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;
import java.util.HashSet;
import java.util.Set;

/**
 * What one socket has been told about one guild: its owner, the user's roles in it and the channels
 * it may view. The gateway compares events with it, to tell a socket that a channel appeared or
 * disappeared for it, and whose permissions to send again. Only the guild's lane touches it.
 */
final class KnownGuild {

  private UserId owner;
  private final Set<RoleId> roles;
  private final Set<ChannelId> channels;

  private KnownGuild(UserId owner, Set<RoleId> roles, Set<ChannelId> channels) {
    this.owner = owner;
    this.roles = roles;
    this.channels = channels;
  }

  /** What the socket knows once it has been sent this view. */
  static KnownGuild of(GuildView view) {
    var channels = new HashSet<ChannelId>();
    for (Channel channel : view.channels()) {
      channels.add(channel.id());
    }
    return new KnownGuild(view.guild().ownerId(), Set.copyOf(view.self().roleIds()), channels);
  }

  UserId owner() {
    return owner;
  }

  void ownerChanged(UserId newOwner) {
    owner = newOwner;
  }

  /** The roles the user held in the last view the socket got. */
  Set<RoleId> roles() {
    return roles;
  }

  /** The channels the socket was told it may view; the gateway keeps it up to date. */
  Set<ChannelId> channels() {
    return channels;
  }
}
