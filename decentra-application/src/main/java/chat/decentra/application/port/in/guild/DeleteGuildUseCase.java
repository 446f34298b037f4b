package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.id.GuildId;

/** Deleting a guild and everything in it; only its owner may. */
public interface DeleteGuildUseCase {

  Result delete(Caller caller, GuildId guild);

  sealed interface Result {}

  record Deleted() implements Result {}

  record NotFound() implements Result {}

  record Forbidden() implements Result {}
}
