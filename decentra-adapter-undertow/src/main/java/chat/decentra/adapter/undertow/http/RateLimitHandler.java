package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.RequestSource;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.util.Optional;

/** Answers 429 with {@code Retry-After} when the client network has used up its attempts. */
final class RateLimitHandler implements HttpHandler {

  private final AttemptLimiter limiter;
  private final HttpHandler next;

  RateLimitHandler(AttemptLimiter limiter, HttpHandler next) {
    this.limiter = limiter;
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Optional<Duration> wait = limiter.tryAcquire(RequestSource.of(exchange).clientNetwork());
    if (wait.isPresent()) {
      Reply.rateLimited(wait.get()).send(exchange);
      return;
    }
    next.handleRequest(exchange);
  }
}
