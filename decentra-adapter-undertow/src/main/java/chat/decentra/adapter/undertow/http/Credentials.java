package chat.decentra.adapter.undertow.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;

/**
 * The session token a request presents, and how: {@code Authorization: Bearer} wins over the
 * cookie. Whether the token is valid is the application's to say.
 */
record Credentials(Kind kind, String token) {

  /** How the token came. */
  enum Kind {
    BEARER,
    COOKIE,
    NONE
  }

  static final Credentials NONE = new Credentials(Kind.NONE, null);

  static Credentials of(HttpServerExchange exchange) {
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new Credentials(Kind.BEARER, authorization.substring(7).strip());
    }
    Cookie cookie = exchange.getRequestCookie(SessionCookie.NAME);
    if (cookie != null && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
      return new Credentials(Kind.COOKIE, cookie.getValue());
    }
    return NONE;
  }

  boolean present() {
    return kind != Kind.NONE;
  }

  boolean cookie() {
    return kind == Kind.COOKIE;
  }

  @Override
  public String toString() {
    return "Credentials[" + kind + "]";
  }
}
