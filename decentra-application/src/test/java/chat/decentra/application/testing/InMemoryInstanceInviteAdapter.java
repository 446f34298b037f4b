package chat.decentra.application.testing;

import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Instance invites in a map, for service tests. */
public final class InMemoryInstanceInviteAdapter implements InstanceInvitePort, InMemoryStore {

  private Map<InviteCode, InstanceInvite> invites = new LinkedHashMap<>();

  @Override
  public synchronized void insertInvite(InstanceInvite invite) {
    invites.put(invite.code(), invite);
  }

  @Override
  public synchronized Optional<InstanceInvite> findInvite(InviteCode code) {
    return Optional.ofNullable(invites.get(code));
  }

  @Override
  public synchronized Optional<InstanceInvite> findInviteForUpdate(InviteCode code) {
    // Transactions over the in-memory stores already run one at a time.
    return findInvite(code);
  }

  @Override
  public synchronized void updateInvite(InstanceInvite invite) {
    invites.replace(invite.code(), invite);
  }

  @Override
  public synchronized List<InstanceInvite> listInvites() {
    return invites.values().stream().sorted(newestFirst()).toList();
  }

  @Override
  public synchronized List<InstanceInvite> listInvitesBy(UserId creator) {
    return invites.values().stream()
        .filter(i -> i.createdBy().equals(creator))
        .sorted(newestFirst())
        .toList();
  }

  private static Comparator<InstanceInvite> newestFirst() {
    return Comparator.comparing(InstanceInvite::createdAt).reversed();
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(invites);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    invites = new LinkedHashMap<>((Map<InviteCode, InstanceInvite>) snapshot);
  }
}
