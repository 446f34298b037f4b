package chat.decentra.application.port.out.guild;

import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.Map;
import java.util.Set;

/** Reading many users at once, such as a guild's members, in one round trip. */
public interface LoadUsersPort {

  /** The users that exist among the ids, by id; unknown ids are left out. */
  Map<UserId, User> loadUsers(Set<UserId> ids);
}
