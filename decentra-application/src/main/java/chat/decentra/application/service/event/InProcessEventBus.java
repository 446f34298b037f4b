package chat.decentra.application.service.event;

import chat.decentra.application.port.in.event.SubscribeToEventsUseCase;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.domain.event.DomainEvent;
import java.lang.System.Logger.Level;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The event bus of a single node: publishing hands the event to every local subscriber at once. */
public final class InProcessEventBus implements PublishEventPort, SubscribeToEventsUseCase {

  private static final System.Logger LOG = System.getLogger(InProcessEventBus.class.getName());

  private final CopyOnWriteArrayList<Consumer<DomainEvent>> listeners =
      new CopyOnWriteArrayList<>();

  @Override
  public void publish(DomainEvent event) {
    for (var listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException bug) {
        // One broken subscriber must not keep the event from the others.
        LOG.log(Level.ERROR, "event listener failed on " + event.getClass().getSimpleName(), bug);
      }
    }
  }

  @Override
  public Subscription subscribe(Consumer<DomainEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
