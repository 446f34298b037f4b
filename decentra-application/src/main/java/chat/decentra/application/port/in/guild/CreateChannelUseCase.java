package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.id.GuildId;
import java.util.Optional;

/** Creating a text or voice channel or a category; needs manage channels. */
public interface CreateChannelUseCase {

  Result create(Command command);

  /**
   * @param topic for text channels only
   * @param parentId a category of the same guild
   * @param position empty to place the channel after all others
   */
  record Command(
      Caller caller,
      GuildId guildId,
      ChannelKind kind,
      String name,
      Optional<String> topic,
      Optional<ChannelId> parentId,
      Optional<Integer> position) {
    public Command {
      if (caller == null || guildId == null || kind == null) {
        throw new IllegalArgumentException("caller, guildId and kind are required");
      }
      if (topic == null || parentId == null || position == null) {
        throw new IllegalArgumentException("topic, parentId and position must be present or empty");
      }
    }
  }

  sealed interface Result {}

  record Created(Channel channel) implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  record InvalidName() implements Result {}

  /** Too long, or given for a channel that is not a text channel. */
  record InvalidTopic() implements Result {}

  /** Not a category of this guild that the caller can see, or given for a category. */
  record InvalidParent() implements Result {}

  record InvalidPosition() implements Result {}

  record TooManyChannels() implements Result {}
}
