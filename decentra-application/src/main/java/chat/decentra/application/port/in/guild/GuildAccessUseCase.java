package chat.decentra.application.port.in.guild;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may see, for the gateway: to build {@code ready}, and to decide who hears an event.
 * Not for commands: those check permissions themselves.
 */
public interface GuildAccessUseCase {

  /** The guilds the user is a member of. */
  Set<GuildId> guildIds(UserId user);

  /** Every guild of the user as they see it, oldest membership first: what {@code ready} needs. */
  List<GuildView> ready(UserId user);

  /** One guild as the user sees it; empty when they are not a member. */
  Optional<GuildView> view(UserId user, GuildId guild);

  /** The channels of the guild the user may view; empty when they are not a member. */
  Set<ChannelId> visibleChannels(UserId user, GuildId guild);

  /** What the user may do in the channel; empty when they may not view it or it does not exist. */
  Optional<ChannelAccess> channelAccess(UserId user, ChannelId channel);

  /** Whether the user may view the channel. */
  boolean mayView(UserId user, ChannelId channel);
}
