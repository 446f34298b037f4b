package chat.decentra.application.port.out;

import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;

/** Writing accounts. */
public interface SaveUserPort {

  /**
   * Inserts a new user; returns false, and writes nothing, when the username is taken without
   * regard to case. Uniqueness is the store's to enforce, so two concurrent sign-ups cannot both
   * win.
   */
  boolean insertUser(User user, String passwordHash);

  /** Writes the user's admin flag, profile, status and avatar. */
  void updateUser(User user);

  void updatePasswordHash(UserId id, String passwordHash);
}
