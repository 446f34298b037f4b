package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.id.GuildId;

/** Leaving a guild; the owner must hand it over (or delete it) first. */
public interface LeaveGuildUseCase {

  Result leave(Caller caller, GuildId guild);

  sealed interface Result {}

  record Left() implements Result {}

  record NotFound() implements Result {}

  record OwnerMustTransfer() implements Result {}
}
