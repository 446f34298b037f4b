package chat.decentra.launcher;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * What the server answers while the database is still opening: the process is alive ({@code
 * /healthz} 200), not ready ({@code /readyz} 503), and everything else is asked to come back in a
 * second (the server adds the security headers to these answers too). Once the application is
 * wired, {@link #ready} hands every request to it.
 */
final class StartingHandler implements HttpHandler {

  private static final String NOT_READY =
      "{\"error\":{\"code\":\"not_ready\",\"message\":\"Decentra is starting; try again in a"
          + " moment.\"}}";

  private volatile HttpHandler application;

  void ready(HttpHandler handler) {
    this.application = handler;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HttpHandler next = application;
    if (next != null) {
      next.handleRequest(exchange);
      return;
    }
    var headers = exchange.getResponseHeaders();
    headers.put(Headers.CONTENT_TYPE, "application/json");
    headers.put(Headers.CACHE_CONTROL, "no-store");
    if (exchange.getRequestPath().equals("/healthz")) {
      exchange.setStatusCode(200);
      exchange.getResponseSender().send("{\"status\":\"ok\"}");
      return;
    }
    exchange.setStatusCode(503);
    headers.put(Headers.RETRY_AFTER, "1");
    exchange.getResponseSender().send(NOT_READY);
  }
}
