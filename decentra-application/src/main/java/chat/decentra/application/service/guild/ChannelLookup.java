package chat.decentra.application.service.guild;

import chat.decentra.application.port.out.guild.LoadChannelPort;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/**
 * Finds a channel for a change by a member of its guild. A channel the caller may not view is
 * answered exactly like a channel that does not exist.
 */
final class ChannelLookup {

  private final GuildLookup guilds;
  private final LoadChannelPort channels;

  ChannelLookup(GuildLookup guilds, LoadChannelPort channels) {
    this.guilds = guilds;
    this.channels = channels;
  }

  /** A channel with the member about to change it. */
  record InChannel(ActingMember actor, Channel channel) {}

  /** The channel and the user as a member of its guild, with the guild locked for a change. */
  Optional<InChannel> forUpdate(ChannelId id, UserId user) {
    var before = channels.loadChannel(id);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    var actor = guilds.memberForUpdate(before.get().guildId(), user);
    if (actor.isEmpty()) {
      return Optional.empty();
    }
    // Read again under the guild's lock: the channel may have changed or gone meanwhile.
    return channels
        .loadChannel(id)
        .filter(channel -> channel.guildId().equals(actor.get().guildId()))
        .filter(actor.get()::mayView)
        .map(channel -> new InChannel(actor.get(), channel));
  }

  /**
   * True when a channel of this kind may sit in that parent: a category of the actor's guild that
   * the actor can see, and the channel is not a category itself.
   */
  static boolean isValidParent(ActingMember actor, ChannelKind kind, Optional<Channel> parent) {
    return kind != ChannelKind.CATEGORY
        && parent.isPresent()
        && parent.get().kind() == ChannelKind.CATEGORY
        && parent.get().guildId().equals(actor.guildId())
        && actor.mayView(parent.get());
  }
}
