package chat.decentra.adapter.undertow;

import java.time.Duration;

/** Something behind the root handler that holds long-lived connections to close at shutdown. */
interface Drainable {

  /** Starts closing the long-lived connections (gateway sockets: 1001). */
  void shutdown();

  /** Waits until they are closed; true when they closed within the timeout. */
  boolean awaitShutdown(Duration timeout) throws InterruptedException;
}
