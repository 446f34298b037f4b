package chat.decentra.adapter.undertow;

import chat.decentra.adapter.undertow.edge.ClientAddressHandler;
import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.adapter.undertow.edge.SecurityHeadersHandler;
import chat.decentra.adapter.undertow.edge.TrustedProxies;
import chat.decentra.adapter.undertow.http.ApiRoutes;
import chat.decentra.adapter.undertow.http.ErrorGuardHandler;
import chat.decentra.adapter.undertow.web.WebClient;
import chat.decentra.adapter.undertow.ws.Gateway;
import io.undertow.Handlers;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;

/**
 * Decentra on the web: the one root handler that serves the web client, the REST API under {@code
 * /api/v1}, the gateway at {@code /ws} and the health checks, behind client-address resolution and
 * security headers. Production and tests build it the same way, and {@link UndertowServer} closes
 * its gateway sockets when it shuts down, even when other handlers sit in front of it.
 */
public final class DecentraWeb implements HttpHandler, Drainable {

  private final HttpHandler root;
  private final Gateway gateway;

  private DecentraWeb(HttpHandler root, Gateway gateway) {
    this.root = root;
    this.gateway = gateway;
  }

  /** Builds every route from the use cases; the gateway starts listening to events at once. */
  public static DecentraWeb rootHandler(UseCases useCases, WebSettings settings) {
    var origins = new OriginPolicy(settings.publicUrl());
    var gateway = Gateway.start(useCases, settings.gateway(), origins);
    var webClient = WebClient.fromClasspath(useCases.executor());
    HttpHandler routes =
        Handlers.path(webClient.pages())
            .addExactPath("/healthz", ApiRoutes.healthz())
            .addExactPath("/readyz", ApiRoutes.readyz(useCases))
            .addExactPath("/ws", gateway.handler())
            .addPrefixPath("/api/v1", ApiRoutes.api(useCases, settings, origins))
            .addPrefixPath("/static", webClient.staticFiles());
    HttpHandler root =
        new SecurityHeadersHandler(
            new ClientAddressHandler(
                TrustedProxies.parse(settings.trustedProxies()), new ErrorGuardHandler(routes)));
    return new DecentraWeb(root, gateway);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    DrainRegistry.enlist(exchange, this);
    root.handleRequest(exchange);
  }

  /** Stops listening to events and closes every gateway socket with 1001. */
  @Override
  public void shutdown() {
    gateway.shutdown();
  }

  /** Waits for the gateway sockets to close. */
  @Override
  public boolean awaitShutdown(Duration timeout) throws InterruptedException {
    return gateway.awaitClosed(timeout);
  }

  /** How many gateway connections are open. */
  public int openGatewayConnections() {
    return gateway.openConnections();
  }
}
