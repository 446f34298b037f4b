package chat.decentra.application.port.in.account;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.User;

/**
 * A new session: the token is handed to the client once and never stored.
 *
 * @param token 256 random bits, base64url without padding
 */
public record SignedIn(User user, SessionId sessionId, String token) {

  @Override
  public String toString() {
    return "SignedIn[user=" + user.id() + ", sessionId=" + sessionId + "]";
  }
}
