package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permissions;

/**
 * Setting or removing a channel's permission overwrite for a role or member. Needs manage roles in
 * the channel, and one can only allow or deny what one may do there oneself.
 */
public interface ManageChannelOverwritesUseCase {

  SetResult set(Command command);

  DeleteResult delete(Caller caller, ChannelId channel, OverwriteTarget target);

  record Command(
      Caller caller,
      ChannelId channelId,
      OverwriteTarget target,
      Permissions allow,
      Permissions deny) {
    public Command {
      if (caller == null || channelId == null || target == null) {
        throw new IllegalArgumentException("caller, channelId and target are required");
      }
      if (allow == null || deny == null) {
        throw new IllegalArgumentException("allow and deny are required");
      }
    }
  }

  sealed interface SetResult {}

  sealed interface DeleteResult {}

  record Updated(Channel channel) implements SetResult, DeleteResult {}

  record NotFound() implements SetResult, DeleteResult {}

  record Forbidden() implements SetResult, DeleteResult {}

  /** The role is not one of this guild's, or the user not one of its members. */
  record TargetNotFound() implements SetResult {}

  /** A guild-only permission, or one both allowed and denied. */
  record InvalidPermissions() implements SetResult {}
}
