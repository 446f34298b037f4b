package chat.decentra.adapter.undertow;

import chat.decentra.adapter.undertow.edge.TrustedProxies;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How the web adapter listens and whom it trusts.
 *
 * @param bindAddress the address to listen on ({@code 0.0.0.0} for all IPv4 interfaces)
 * @param port the port to listen on; 0 picks a free one (tests)
 * @param publicUrl the address users reach the instance at ({@code DECENTRA_PUBLIC_URL}), e.g.
 *     {@code https://chat.example.org}: used for invite links and as an allowed origin
 * @param trustedProxies addresses or CIDR blocks of reverse proxies whose forwarding headers are
 *     believed ({@code DECENTRA_TRUSTED_PROXIES}); the aliases {@code loopback} and {@code private}
 *     stand for the loopback and private ranges. Empty by default: forwarding headers are ignored
 *     unless a proxy is named, because a wrong guess lets anyone choose their own client IP.
 * @param sessionCookieMaxAge the {@code Max-Age} of the session cookie
 * @param authAttemptsPerMinute sign-ups and logins allowed per client IP and minute, each (the
 *     burst is the same number)
 * @param gateway the gateway's timings and limits
 */
public record WebSettings(
    String bindAddress,
    int port,
    Optional<URI> publicUrl,
    List<String> trustedProxies,
    Duration sessionCookieMaxAge,
    int authAttemptsPerMinute,
    GatewaySettings gateway) {

  public static final int DEFAULT_PORT = 8765;
  public static final Duration DEFAULT_COOKIE_MAX_AGE = Duration.ofDays(30);
  public static final int DEFAULT_AUTH_ATTEMPTS_PER_MINUTE = 10;

  public WebSettings {
    if (bindAddress == null || bindAddress.isBlank()) {
      throw new IllegalArgumentException("bindAddress is required");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    if (publicUrl == null) {
      throw new IllegalArgumentException("publicUrl must be present or empty");
    }
    publicUrl.ifPresent(WebSettings::checkPublicUrl);
    trustedProxies = List.copyOf(trustedProxies);
    TrustedProxies.parse(trustedProxies);
    if (sessionCookieMaxAge == null
        || sessionCookieMaxAge.isNegative()
        || sessionCookieMaxAge.isZero()) {
      throw new IllegalArgumentException(
          "sessionCookieMaxAge must be positive: " + sessionCookieMaxAge);
    }
    if (authAttemptsPerMinute < 1) {
      throw new IllegalArgumentException(
          "authAttemptsPerMinute must be positive: " + authAttemptsPerMinute);
    }
    if (gateway == null) {
      throw new IllegalArgumentException("gateway is required");
    }
  }

  /** All interfaces, port 8765, no public URL, no trusted proxies, documented limits. */
  public static WebSettings defaults() {
    return new WebSettings(
        "0.0.0.0",
        DEFAULT_PORT,
        Optional.empty(),
        List.of(),
        DEFAULT_COOKIE_MAX_AGE,
        DEFAULT_AUTH_ATTEMPTS_PER_MINUTE,
        GatewaySettings.defaults());
  }

  /** Loopback on a free port, as tests want it. */
  public static WebSettings loopbackEphemeral() {
    return defaults().withBindAddress("127.0.0.1").withPort(0);
  }

  public WebSettings withBindAddress(String address) {
    return new WebSettings(
        address,
        port,
        publicUrl,
        trustedProxies,
        sessionCookieMaxAge,
        authAttemptsPerMinute,
        gateway);
  }

  public WebSettings withPort(int newPort) {
    return new WebSettings(
        bindAddress,
        newPort,
        publicUrl,
        trustedProxies,
        sessionCookieMaxAge,
        authAttemptsPerMinute,
        gateway);
  }

  public WebSettings withPublicUrl(URI url) {
    return new WebSettings(
        bindAddress,
        port,
        Optional.of(url),
        trustedProxies,
        sessionCookieMaxAge,
        authAttemptsPerMinute,
        gateway);
  }

  public WebSettings withTrustedProxies(List<String> proxies) {
    return new WebSettings(
        bindAddress, port, publicUrl, proxies, sessionCookieMaxAge, authAttemptsPerMinute, gateway);
  }

  public WebSettings withAuthAttemptsPerMinute(int attempts) {
    return new WebSettings(
        bindAddress, port, publicUrl, trustedProxies, sessionCookieMaxAge, attempts, gateway);
  }

  public WebSettings withGateway(GatewaySettings newGateway) {
    return new WebSettings(
        bindAddress,
        port,
        publicUrl,
        trustedProxies,
        sessionCookieMaxAge,
        authAttemptsPerMinute,
        newGateway);
  }

  private static void checkPublicUrl(URI url) {
    String scheme = url.getScheme();
    boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    String path = url.getRawPath();
    if (!web
        || url.getHost() == null
        || url.getRawQuery() != null
        || url.getRawFragment() != null
        || url.getRawUserInfo() != null
        || (path != null && !path.isEmpty() && !path.equals("/"))) {
      throw new IllegalArgumentException(
          "publicUrl must be http(s)://host[:port] without a path: " + url);
    }
  }
}
