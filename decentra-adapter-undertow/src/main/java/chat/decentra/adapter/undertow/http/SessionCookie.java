package chat.decentra.adapter.undertow.http;

import java.time.Duration;

/**
 * The browser's session cookie: HttpOnly, SameSite=Strict, and Secure when the client used HTTPS.
 */
public final class SessionCookie {

  public static final String NAME = "decentra_session";

  private SessionCookie() {}

  /** The {@code Set-Cookie} value that hands the browser its session token. */
  static String issue(String token, boolean secure, Duration maxAge) {
    return NAME + "=" + token + attributes(maxAge.toSeconds(), secure);
  }

  /** The {@code Set-Cookie} value that makes the browser forget the session. */
  static String clear(boolean secure) {
    return NAME + "=" + attributes(0, secure);
  }

  private static String attributes(long maxAgeSeconds, boolean secure) {
    return "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }
}
