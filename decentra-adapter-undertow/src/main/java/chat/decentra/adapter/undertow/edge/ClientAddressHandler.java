package chat.decentra.adapter.undertow.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/** Resolves every request's {@link RequestSource} once, before anything else looks at it. */
public final class ClientAddressHandler implements HttpHandler {

  private final ClientAddressResolver resolver;
  private final HttpHandler next;

  public ClientAddressHandler(TrustedProxies proxies, HttpHandler next) {
    this.resolver = new ClientAddressResolver(proxies);
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.putAttachment(
        RequestSource.KEY,
        resolver.resolve(
            exchange.getSourceAddress(),
            exchange.getRequestHeaders(),
            exchange.getRequestScheme()));
    next.handleRequest(exchange);
  }
}
