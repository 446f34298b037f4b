package chat.decentra.application.port.out;

import chat.decentra.domain.event.DomainEvent;

/** Announcing a committed change to every node's subscribers. */
public interface PublishEventPort {

  void publish(DomainEvent event);
}
