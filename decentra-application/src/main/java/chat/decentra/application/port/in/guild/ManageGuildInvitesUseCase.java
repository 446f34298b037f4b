package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteLimits;
import java.util.List;
import java.util.Optional;

/**
 * Creating invites to a guild (needs create invite), listing them with their use counts (needs
 * manage server) and revoking them (manage server, or the invite's creator).
 */
public interface ManageGuildInvitesUseCase {

  CreateResult create(Command command);

  ListResult list(Caller caller, GuildId guild);

  /** Revokes the server's invite with that code; a code of another server is not found. */
  RevokeResult revoke(Caller caller, GuildId guild, String code);

  /**
   * @param channelId the channel the invite leads to; the caller needs create invite there
   */
  record Command(
      Caller caller, GuildId guildId, Optional<ChannelId> channelId, InviteLimits limits) {
    public Command {
      if (caller == null || guildId == null || channelId == null || limits == null) {
        throw new IllegalArgumentException("caller, guildId, channelId and limits are required");
      }
    }
  }

  sealed interface CreateResult {}

  sealed interface ListResult {}

  sealed interface RevokeResult {}

  record Created(GuildInvite invite) implements CreateResult {}

  /** Newest first, with their use counts; revoked and expired ones included. */
  record Listed(List<GuildInvite> invites) implements ListResult {
    public Listed {
      invites = List.copyOf(invites);
    }
  }

  record Revoked(GuildInvite invite) implements RevokeResult {}

  /** No such guild or invite, or not one the caller can see. */
  record NotFound() implements CreateResult, ListResult, RevokeResult {}

  record Forbidden() implements CreateResult, ListResult, RevokeResult {}

  /** The channel is not one of this guild's that the caller can see. */
  record ChannelNotFound() implements CreateResult {}
}
