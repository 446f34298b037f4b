package chat.decentra.adapter.undertow.ws;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * What a gateway session needs of its WebSocket: its one IO thread, timers on it, and writing.
 * Everything but {@link #execute} and {@link #write} is called on that thread.
 */
interface SocketConnection {

  /** A scheduled task that can be called off. */
  @FunctionalInterface
  interface Cancellable {
    Cancellable NONE = () -> {};

    void cancel();
  }

  /** Runs the task on the socket's IO thread; callable from any thread. */
  void execute(Runnable task);

  /** Runs the task on the socket's IO thread after the delay. */
  Cancellable schedule(Runnable task, Duration delay);

  /** Queues a text frame; {@code done} runs once it is written or has failed. */
  void write(ByteBuffer frame, Runnable done);

  /** Sends a WebSocket ping. */
  void ping();

  /** Sends a close frame after everything queued, and drops the connection after the grace. */
  void close(int code, String reason, Duration grace);

  /** Drops the connection at once. */
  void abort();

  /** Drops the connection after the grace, unless it has closed by then. */
  void abortAfter(Duration grace);
}
