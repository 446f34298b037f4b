package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.GatewaySettings;
import chat.decentra.adapter.undertow.UseCases;
import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.adapter.undertow.http.ApiError;
import chat.decentra.adapter.undertow.http.Responses;
import chat.decentra.application.port.in.event.SubscribeToEventsUseCase;
import io.undertow.server.HttpHandler;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.protocol.version13.Hybi13Handshake;
import io.undertow.websockets.spi.WebSocketHttpExchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real-time gateway at {@code /ws} (docs/protocol.md): accepts sockets, keeps the registry of
 * live ones, and feeds them the application's events.
 */
public final class Gateway {

  private final GatewaySettings settings;
  private final SocketRegistry registry = new SocketRegistry();
  private final TokenCheck tokens;
  private final GuildFanout guilds;
  private final HttpHandler handler;
  private final SubscribeToEventsUseCase.Subscription subscription;
  private final AtomicInteger connections = new AtomicInteger();

  private Gateway(UseCases useCases, GatewaySettings settings, OriginPolicy origins) {
    this.settings = settings;
    this.tokens = new TokenCheck(useCases.authenticate(), useCases.executor());
    this.guilds =
        new GuildFanout(
            registry, useCases.guilds().access(), useCases.getUser(), useCases.executor());
    HttpHandler notAnUpgrade = exchange -> Responses.error(exchange, ApiError.UPGRADE_REQUIRED);
    var handshake =
        new WebSocketProtocolHandshakeHandler(
            List.of(new Hybi13Handshake()), this::connected, notAnUpgrade);
    this.handler =
        new GatewayUpgradeHandler(origins, useCases.authenticate(), useCases.executor(), handshake);
    this.subscription = useCases.events().subscribe(new EventFanout(registry, guilds));
  }

  /** Starts listening to events; the gateway serves sockets through {@link #handler()}. */
  public static Gateway start(UseCases useCases, GatewaySettings settings, OriginPolicy origins) {
    return new Gateway(useCases, settings, origins);
  }

  /** The handler for {@code /ws}. */
  public HttpHandler handler() {
    return handler;
  }

  /** Stops listening to events and closes every socket with 1001: the server is going away. */
  public void shutdown() {
    subscription.close();
    for (GatewaySession socket : registry.all()) {
      socket.closeFromAnyThread(CloseCodes.GOING_AWAY, "server shutting down");
    }
  }

  /** Waits until every connection has closed; true when they did within the timeout. */
  public boolean awaitClosed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (connections.get() > 0) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }

  /** How many gateway connections are open on this node. */
  public int openConnections() {
    return connections.get();
  }

  private void connected(WebSocketHttpExchange exchange, WebSocketChannel channel) {
    GatewayUpgradeHandler.Upgrade upgrade = exchange.getAttachment(GatewayUpgradeHandler.UPGRADE);
    var session =
        new GatewaySession(
            new UndertowConnection(channel),
            settings,
            registry,
            tokens,
            upgrade.client(),
            guilds,
            System::nanoTime);
    channel.getReceiveSetter().set(new GatewayListener(session, settings.maxFrameBytes()));
    connections.incrementAndGet();
    channel.addCloseTask(
        closed -> {
          connections.decrementAndGet();
          session.onClosed();
        });
    session.start(Optional.ofNullable(upgrade.caller()));
    channel.resumeReceives();
  }
}
