package chat.decentra.application.port.out.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;

/** Reading channels, each with its permission overwrites. */
public interface LoadChannelPort {

  Optional<Channel> loadChannel(ChannelId id);

  /** Every channel of the guild, in {@link Channel#ORDER}. */
  List<Channel> listChannels(GuildId guild);
}
