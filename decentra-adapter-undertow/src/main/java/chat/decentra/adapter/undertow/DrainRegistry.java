package chat.decentra.adapter.undertow;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drainables of one server. The server puts its registry on every exchange, and a drainable
 * handler enlists when it sees one, however deep it sits behind other handlers (such as a
 * launcher's handler for the starting phase). Every gateway socket arrives through a request, so
 * nothing that holds one is missed.
 */
final class DrainRegistry {

  static final AttachmentKey<DrainRegistry> KEY = AttachmentKey.create(DrainRegistry.class);

  private final Set<Drainable> drainables = ConcurrentHashMap.newKeySet();

  /** Enlists the drainable with the server that handles this exchange, if any. */
  static void enlist(HttpServerExchange exchange, Drainable drainable) {
    DrainRegistry registry = exchange.getAttachment(KEY);
    if (registry != null && !registry.drainables.contains(drainable)) {
      registry.drainables.add(drainable);
    }
  }

  List<Drainable> drainables() {
    return List.copyOf(drainables);
  }
}
