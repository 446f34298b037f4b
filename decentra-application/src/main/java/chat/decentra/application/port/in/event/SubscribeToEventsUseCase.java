package chat.decentra.application.port.in.event;

import chat.decentra.domain.event.DomainEvent;
import java.util.function.Consumer;

/**
 * Listening to everything that happens, after it has been committed; the gateway filters per
 * session.
 */
public interface SubscribeToEventsUseCase {

  /** Registers the listener; closing the returned handle removes it. Listeners must not block. */
  Subscription subscribe(Consumer<DomainEvent> listener);

  /** A registered listener. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
