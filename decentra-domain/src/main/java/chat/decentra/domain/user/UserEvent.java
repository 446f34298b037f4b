package chat.decentra.domain.user;

import chat.decentra.domain.event.DomainEvent;
import chat.decentra.domain.id.SessionId;
import java.util.Set;

/** Something that happened to an account, delivered to the gateway sessions that care. */
public sealed interface UserEvent extends DomainEvent {

  /** The user whom the event concerns. */
  UserId userId();

  /** The user changed their profile, status or avatar. */
  record ProfileUpdated(User user) implements UserEvent {
    @Override
    public UserId userId() {
      return user.id();
    }
  }

  /** These sessions of the user were signed out or revoked; their sockets must close. */
  record SessionsRevoked(UserId userId, Set<SessionId> sessions) implements UserEvent {
    public SessionsRevoked {
      sessions = Set.copyOf(sessions);
    }
  }
}
