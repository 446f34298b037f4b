package chat.decentra.launcher;

import chat.decentra.adapter.undertow.DecentraWeb;
import chat.decentra.adapter.undertow.UndertowServer;
import java.time.Duration;

/** A started Decentra: where it listens, and how to stop it gracefully. */
public final class RunningDecentra implements AutoCloseable {

  /** Requests in flight and gateway sockets get this long to finish when the process stops. */
  public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(8);

  private final UndertowServer server;
  private final DecentraWeb web;
  private final Closer closer;
  private final Configuration config;
  private final String database;
  private boolean closed;

  RunningDecentra(
      UndertowServer server,
      DecentraWeb web,
      Closer closer,
      Configuration config,
      String database) {
    this.server = server;
    this.web = web;
    this.closer = closer;
    this.config = config;
    this.database = database;
  }

  /** The port it listens on (the real one when the configuration said 0). */
  public int port() {
    return server.port();
  }

  /** The loopback URL, for tests and local tools. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** The URL to tell the operator: the public URL, or this machine's. */
  String displayUrl() {
    return config
        .publicUrl()
        .map(Object::toString)
        .orElseGet(
            () -> {
              String host =
                  config.bind().equals("0.0.0.0") || config.bind().equals("::")
                      ? "localhost"
                      : config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
              return "http://" + host + ":" + port();
            });
  }

  /** Which database it uses, without secrets. */
  public String database() {
    return database;
  }

  /** How many gateway sockets are open. */
  public int openGatewayConnections() {
    return web.openGatewayConnections();
  }

  /**
   * Stops accepting, closes gateway sockets with 1001, lets requests in flight finish, then closes
   * the database.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown(SHUTDOWN_GRACE);
    closer.close();
  }
}
