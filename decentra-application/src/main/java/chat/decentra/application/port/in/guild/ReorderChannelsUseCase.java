package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import java.util.List;

/**
 * Moving several channels at once, as a drag in the channel list does; needs manage channels in the
 * guild. All moves apply or none.
 */
public interface ReorderChannelsUseCase {

  Result reorder(Command command);

  record Command(Caller caller, GuildId guildId, List<Move> moves) {
    public Command {
      if (caller == null || guildId == null || moves == null) {
        throw new IllegalArgumentException("caller, guildId and moves are required");
      }
      moves = List.copyOf(moves);
    }
  }

  /** Where one channel goes. */
  record Move(ChannelId channelId, int position, Patch<ChannelId> parentId) {
    public Move {
      if (channelId == null || parentId == null) {
        throw new IllegalArgumentException("channelId and parentId are required");
      }
    }
  }

  sealed interface Result {}

  /** The moved channels that changed, as they are now. */
  record Reordered(List<Channel> changed) implements Result {
    public Reordered {
      changed = List.copyOf(changed);
    }
  }

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  /** Not a channel of this guild that the caller can see, or named twice. */
  record UnknownChannel(ChannelId channelId) implements Result {}

  record InvalidParent(ChannelId channelId) implements Result {}

  record InvalidPosition(ChannelId channelId) implements Result {}
}
