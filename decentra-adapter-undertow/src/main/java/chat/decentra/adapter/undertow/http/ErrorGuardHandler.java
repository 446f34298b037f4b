package chat.decentra.adapter.undertow.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;

/** Turns anything a handler throws on the IO thread into a logged 500 {@code internal_error}. */
public final class ErrorGuardHandler implements HttpHandler {

  private final HttpHandler next;

  public ErrorGuardHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    try {
      next.handleRequest(exchange);
    } catch (Exception | Error failure) {
      Responses.internalError(exchange, failure);
    }
  }
}
