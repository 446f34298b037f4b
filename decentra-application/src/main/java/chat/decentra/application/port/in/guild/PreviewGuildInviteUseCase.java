package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.domain.invite.InviteState;
import java.time.Duration;

/**
 * What an invite leads to, for anyone holding its code, signed in or not. Unknown codes count
 * against the client's address, so that codes cannot be guessed.
 */
public interface PreviewGuildInviteUseCase {

  Result preview(String code, ClientInfo client);

  sealed interface Result {}

  record Preview(GuildInvitePreview invite) implements Result {}

  record Unknown() implements Result {}

  /** The invite exists but cannot be used: expired, used up or revoked. */
  record Unusable(InviteState state) implements Result {}

  /** Too many unknown codes from this address lately. */
  record Throttled(Duration retryAfter) implements Result {}
}
