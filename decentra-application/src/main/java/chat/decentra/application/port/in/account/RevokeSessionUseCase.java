package chat.decentra.application.port.in.account;

import chat.decentra.domain.id.SessionId;

/** Signing out one of the caller's sessions, for example a lost phone. */
public interface RevokeSessionUseCase {

  Result revoke(Caller caller, SessionId session);

  sealed interface Result {}

  record Revoked() implements Result {}

  /** No such session among the caller's own. */
  record NotFound() implements Result {}
}
