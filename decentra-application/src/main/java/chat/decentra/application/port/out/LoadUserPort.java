package chat.decentra.application.port.out;

import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** Reading accounts. */
public interface LoadUserPort {

  Optional<User> loadUser(UserId id);

  /** Credentials by the canonical (lower-case) username. */
  Optional<StoredCredentials> loadCredentials(String canonicalUsername);

  Optional<StoredCredentials> loadCredentials(UserId id);
}
