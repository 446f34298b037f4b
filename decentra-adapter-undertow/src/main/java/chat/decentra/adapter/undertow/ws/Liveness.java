package chat.decentra.adapter.undertow.ws;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps one socket honest: notices when the client has sent nothing for too long, and pings it so
 * that proxies see traffic. Lives on the socket's IO thread.
 */
final class Liveness {

  private final SocketConnection connection;
  private final Duration idleTimeout;
  private final Duration pingInterval;
  private final LongSupplier nanoClock;
  private final Runnable onSilence;

  private long lastFrameAt;
  private boolean stopped;
  private SocketConnection.Cancellable idleTimer = SocketConnection.Cancellable.NONE;
  private SocketConnection.Cancellable pingTimer = SocketConnection.Cancellable.NONE;

  Liveness(
      SocketConnection connection,
      Duration idleTimeout,
      Duration pingInterval,
      LongSupplier nanoClock,
      Runnable onSilence) {
    this.connection = connection;
    this.idleTimeout = idleTimeout;
    this.pingInterval = pingInterval;
    this.nanoClock = nanoClock;
    this.onSilence = onSilence;
  }

  /** Starts counting silence from now. */
  void start() {
    lastFrameAt = nanoClock.getAsLong();
    idleTimer = connection.schedule(this::checkIdle, idleTimeout);
  }

  /** A frame from the client came at {@code now}. */
  void frameArrived(long now) {
    lastFrameAt = now;
  }

  /** Pings from now on; only authenticated sockets are worth keeping open. */
  void startPinging() {
    pingTimer = connection.schedule(this::ping, pingInterval);
  }

  void stop() {
    stopped = true;
    idleTimer.cancel();
    pingTimer.cancel();
  }

  private void checkIdle() {
    if (stopped) {
      return;
    }
    long limit = idleTimeout.toNanos();
    long idleFor = nanoClock.getAsLong() - lastFrameAt;
    if (idleFor >= limit) {
      onSilence.run();
    } else {
      // One timer per socket, moved along lazily, instead of one per frame.
      idleTimer = connection.schedule(this::checkIdle, Duration.ofNanos(limit - idleFor));
    }
  }

  private void ping() {
    if (stopped) {
      return;
    }
    connection.ping();
    pingTimer = connection.schedule(this::ping, pingInterval);
  }
}
