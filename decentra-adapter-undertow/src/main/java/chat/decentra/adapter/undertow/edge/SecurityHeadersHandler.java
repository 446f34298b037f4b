package chat.decentra.adapter.undertow.edge;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/**
 * Puts the security headers on every response, errors included, before any other handler runs;
 * handlers that may be cached (static files) replace the default {@code Cache-Control: no-store}.
 */
public final class SecurityHeadersHandler implements HttpHandler {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
          + "media-src 'self' blob:; connect-src 'self' ws: wss:; object-src 'none'; "
          + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
  private static final HttpString PERMISSIONS_POLICY = new HttpString("Permissions-Policy");
  private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
  private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
  private static final HttpString OPENER_POLICY = new HttpString("Cross-Origin-Opener-Policy");

  private final HttpHandler next;

  public SecurityHeadersHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HeaderMap headers = exchange.getResponseHeaders();
    headers.put(CSP, CONTENT_SECURITY_POLICY);
    headers.put(CONTENT_TYPE_OPTIONS, "nosniff");
    headers.put(REFERRER_POLICY, "strict-origin-when-cross-origin");
    headers.put(PERMISSIONS_POLICY, "camera=(self), microphone=(self), display-capture=(self)");
    headers.put(FRAME_OPTIONS, "DENY");
    headers.put(OPENER_POLICY, "same-origin");
    headers.put(Headers.CACHE_CONTROL, "no-store");
    next.handleRequest(exchange);
  }
}
