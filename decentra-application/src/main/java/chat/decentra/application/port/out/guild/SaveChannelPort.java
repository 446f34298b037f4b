package chat.decentra.application.port.out.guild;

import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;

/** Writing channels, each with its permission overwrites. */
public interface SaveChannelPort {

  /** Inserts the channel and its overwrites. */
  void insertChannel(Channel channel);

  /** Writes name, topic, position and parent, and replaces the overwrites with the channel's. */
  void updateChannel(Channel channel);

  /** Deletes the channel with its overwrites and the invites that lead to it. */
  void deleteChannel(ChannelId id);
}
