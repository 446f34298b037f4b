package chat.decentra.launcher;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;

/** Closes what was opened, in reverse order, and keeps going when one of them fails. */
final class Closer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Closer.class.getName());

  private final Deque<AutoCloseable> resources = new ArrayDeque<>();

  <T extends AutoCloseable> T add(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public void close() {
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception failure) {
        LOG.log(Level.WARNING, "failed to close a resource during shutdown", failure);
      }
    }
  }
}
