package chat.decentra.application.testing;

import chat.decentra.domain.event.DomainEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Remembers every event it hears, for assertions. */
public final class RecordingEvents implements Consumer<DomainEvent> {

  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void accept(DomainEvent event) {
    events.add(event);
  }

  public List<DomainEvent> all() {
    return List.copyOf(events);
  }

  public <T extends DomainEvent> List<T> ofType(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    events.clear();
  }
}
