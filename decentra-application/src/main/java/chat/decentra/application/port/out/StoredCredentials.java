package chat.decentra.application.port.out;

import chat.decentra.domain.user.UserId;

/** A user's password hash as stored; never leaves the application. */
public record StoredCredentials(UserId userId, String passwordHash) {

  @Override
  public String toString() {
    return "StoredCredentials[userId=" + userId + "]";
  }
}
