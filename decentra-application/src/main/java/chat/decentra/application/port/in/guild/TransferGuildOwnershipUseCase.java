package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;

/** Handing a guild to another member; only its owner may. */
public interface TransferGuildOwnershipUseCase {

  Result transfer(Caller caller, GuildId guild, UserId newOwner);

  sealed interface Result {}

  record Transferred(Guild guild) implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}

  /** The new owner is not a member of the guild. */
  record MemberNotFound() implements Result {}
}
