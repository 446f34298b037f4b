package chat.decentra.application.port.in.account;

import java.util.Optional;

/** Turning a session token into the signed-in caller, sliding the session's expiry forward. */
public interface AuthenticateUseCase {

  /** The caller, or empty for an unknown, expired or revoked token. */
  Optional<Caller> authenticate(String token, ClientInfo client);
}
