package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.guild.LoadUsersPort;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Many users at once from the single-user port, for service tests; a database would use one query.
 */
public final class InMemoryLoadUsersAdapter implements LoadUsersPort {

  private final LoadUserPort users;

  public InMemoryLoadUsersAdapter(LoadUserPort users) {
    this.users = users;
  }

  @Override
  public Map<UserId, User> loadUsers(Set<UserId> ids) {
    var found = new LinkedHashMap<UserId, User>();
    ids.forEach(id -> users.loadUser(id).ifPresent(user -> found.put(id, user)));
    return found;
  }
}
