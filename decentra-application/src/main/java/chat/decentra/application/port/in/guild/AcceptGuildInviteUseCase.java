package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.domain.invite.InviteState;
import java.time.Duration;

/**
 * Joining a guild through an invite. A banned user cannot join through any invite. Unknown codes
 * count against the client's address, so that codes cannot be guessed.
 */
public interface AcceptGuildInviteUseCase {

  Result accept(Caller caller, String code, ClientInfo client);

  sealed interface Result {}

  record Joined(GuildView guild) implements Result {}

  /** The caller was a member already; the invite was not used. */
  record AlreadyMember(GuildView guild) implements Result {}

  record Unknown() implements Result {}

  /** The invite exists but cannot be used: expired, used up or revoked. */
  record Unusable(InviteState state) implements Result {}

  record Banned() implements Result {}

  record TooManyGuilds() implements Result {}

  /** Too many unknown codes from this address lately. */
  record Throttled(Duration retryAfter) implements Result {}
}
