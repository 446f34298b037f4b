package chat.decentra.application.port.in.account;

import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.User;

/** The signed-in user on whose behalf a command runs, and the session they used. */
public record Caller(User user, SessionId sessionId) {

  public Caller {
    if (user == null || sessionId == null) {
      throw new IllegalArgumentException("user and sessionId are required");
    }
  }
}
