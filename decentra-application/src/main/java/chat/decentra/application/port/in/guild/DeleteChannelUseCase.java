package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.channel.ChannelId;

/**
 * Deleting a channel with its overwrites and invites; the channels of a deleted category stay,
 * without a category. Needs manage channels in the channel.
 */
public interface DeleteChannelUseCase {

  Result delete(Caller caller, ChannelId channel);

  sealed interface Result {}

  record Deleted() implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}
}
