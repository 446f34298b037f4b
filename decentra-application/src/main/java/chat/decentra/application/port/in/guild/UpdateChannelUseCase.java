package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import java.util.Optional;

/** Renaming a channel, changing its topic, or moving it; needs manage channels in the channel. */
public interface UpdateChannelUseCase {

  Result update(Command command);

  /**
   * @param name empty to keep the name
   * @param topic a blank topic clears it, like {@link Patch.Cleared}
   * @param position empty to keep the position
   */
  record Command(
      Caller caller,
      ChannelId channelId,
      Optional<String> name,
      Patch<String> topic,
      Patch<ChannelId> parentId,
      Optional<Integer> position) {
    public Command {
      if (caller == null || channelId == null) {
        throw new IllegalArgumentException("caller and channelId are required");
      }
      if (name == null || topic == null || parentId == null || position == null) {
        throw new IllegalArgumentException("name, topic, parentId and position are required");
      }
    }
  }

  sealed interface Result {}

  record Updated(Channel channel) implements Result {}

  /** No such channel, or one the caller cannot see. */
  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  record InvalidName() implements Result {}

  record InvalidTopic() implements Result {}

  record InvalidParent() implements Result {}

  record InvalidPosition() implements Result {}
}
