package chat.decentra.adapter.undertow;

import chat.decentra.adapter.undertow.edge.SecurityHeadersHandler;
import chat.decentra.domain.media.ImageType;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;

/** A running Undertow listening on one port with a root handler; stopped gracefully. */
public final class UndertowServer implements AutoCloseable {

  /** How long {@link #close()} lets requests and sockets finish. */
  public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

  private static final System.Logger LOG = System.getLogger(UndertowServer.class.getName());

  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;
  private final DrainRegistry drains;
  private final int port;
  private boolean stopped;

  private UndertowServer(
      Undertow undertow, GracefulShutdownHandler graceful, DrainRegistry drains) {
    this.undertow = undertow;
    this.graceful = graceful;
    this.drains = drains;
    this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /**
   * Listens on the settings' address and port. The handler may be a {@link DecentraWeb} or anything
   * that delegates to one (a handler for the starting phase, say): its gateway sockets are closed
   * on shutdown either way. Every answer, including the 503 of a shutting-down server, carries the
   * security headers.
   */
  public static UndertowServer start(WebSettings settings, HttpHandler handler) {
    var drains = new DrainRegistry();
    var graceful =
        Handlers.gracefulShutdown(
            exchange -> {
              exchange.putAttachment(DrainRegistry.KEY, drains);
              handler.handleRequest(exchange);
            });
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(settings.port(), settings.bindAddress())
            .setServerOption(
                UndertowOptions.MAX_ENTITY_SIZE, (long) ImageType.MAX_UPLOAD_BYTES + 64 * 1024)
            .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
            .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 10_000)
            .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 60_000)
            .setHandler(new SecurityHeadersHandler(graceful))
            .build();
    undertow.start();
    var server = new UndertowServer(undertow, graceful, drains);
    LOG.log(Level.INFO, "listening on " + settings.bindAddress() + ":" + server.port());
    return server;
  }

  /** The port actually bound, also when the settings asked for 0. */
  public int port() {
    return port;
  }

  /**
   * Answers new requests with 503, closes gateway sockets with 1001, lets requests in flight
   * finish, then closes the port, all within the timeout.
   *
   * @return true when everything finished in time
   */
  public synchronized boolean shutdown(Duration timeout) {
    if (stopped) {
      return true;
    }
    stopped = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    // Suspending the listener first would look right, but Undertow then drops every open
    // connection, requests in flight included; the graceful handler answers 503 instead.
    graceful.shutdown();
    drains.drainables().forEach(Drainable::shutdown);
    boolean drained;
    try {
      drained = graceful.awaitShutdown(Math.max(1, left(deadline).toMillis()));
      for (Drainable drainable : drains.drainables()) {
        drained &= drainable.awaitShutdown(left(deadline));
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      drained = false;
    }
    if (!drained) {
      LOG.log(Level.WARNING, "requests or sockets still open after " + timeout + "; stopping");
    }
    undertow.stop();
    return drained;
  }

  /** {@link #shutdown} with the default timeout. */
  @Override
  public void close() {
    shutdown(DEFAULT_SHUTDOWN_TIMEOUT);
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }
}
