package chat.decentra.application.testing;

import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.StoredCredentials;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Users in a map, for service tests. */
public final class InMemoryUserAdapter implements LoadUserPort, SaveUserPort, InMemoryStore {

  private record Row(User user, String passwordHash) {}

  private Map<UserId, Row> rows = new LinkedHashMap<>();

  @Override
  public synchronized Optional<User> loadUser(UserId id) {
    return Optional.ofNullable(rows.get(id)).map(Row::user);
  }

  @Override
  public synchronized Optional<StoredCredentials> loadCredentials(String canonicalUsername) {
    return rows.values().stream()
        .filter(row -> row.user().username().canonical().equals(canonicalUsername))
        .findFirst()
        .map(row -> new StoredCredentials(row.user().id(), row.passwordHash()));
  }

  @Override
  public synchronized Optional<StoredCredentials> loadCredentials(UserId id) {
    return Optional.ofNullable(rows.get(id))
        .map(row -> new StoredCredentials(id, row.passwordHash()));
  }

  @Override
  public synchronized boolean insertUser(User user, String passwordHash) {
    if (loadCredentials(user.username().canonical()).isPresent() || rows.containsKey(user.id())) {
      return false;
    }
    rows.put(user.id(), new Row(user, passwordHash));
    return true;
  }

  @Override
  public synchronized void updateUser(User user) {
    rows.computeIfPresent(user.id(), (id, row) -> new Row(user, row.passwordHash()));
  }

  @Override
  public synchronized void updatePasswordHash(UserId id, String passwordHash) {
    rows.computeIfPresent(id, (key, row) -> new Row(row.user(), passwordHash));
  }

  /** How many users exist. */
  public synchronized int count() {
    return rows.size();
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(rows);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    rows = new LinkedHashMap<>((Map<UserId, Row>) snapshot);
  }
}
