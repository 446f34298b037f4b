package chat.decentra.application.testing;

import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** The instance's admin and settings in two fields, for service tests. */
public final class InMemoryInstanceStateAdapter implements InstanceStatePort, InMemoryStore {

  private record State(
      Optional<UserId> admin, boolean membersCanInvite, boolean guildInvitesAllowSignUp) {}

  private State state = new State(Optional.empty(), false, true);

  @Override
  public synchronized boolean claimAdmin(UserId user) {
    if (state.admin().isPresent()) {
      return false;
    }
    state = new State(Optional.of(user), state.membersCanInvite(), state.guildInvitesAllowSignUp());
    return true;
  }

  @Override
  public synchronized Optional<UserId> admin() {
    return state.admin();
  }

  @Override
  public synchronized boolean membersCanInvite() {
    return state.membersCanInvite();
  }

  @Override
  public synchronized void setMembersCanInvite(boolean allowed) {
    state = new State(state.admin(), allowed, state.guildInvitesAllowSignUp());
  }

  @Override
  public synchronized boolean guildInvitesAllowSignUp() {
    return state.guildInvitesAllowSignUp();
  }

  @Override
  public synchronized void setGuildInvitesAllowSignUp(boolean allowed) {
    state = new State(state.admin(), state.membersCanInvite(), allowed);
  }

  @Override
  public synchronized Object snapshot() {
    return state;
  }

  @Override
  public synchronized void restore(Object snapshot) {
    state = (State) snapshot;
  }
}
