package chat.decentra.adapter.undertow.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which browser origins may change state and open the gateway: the instance's public URL, and the
 * host the request itself was addressed to.
 */
public final class OriginPolicy {

  private final Optional<Origin> publicOrigin;

  public OriginPolicy(Optional<URI> publicUrl) {
    this.publicOrigin = publicUrl.flatMap(url -> Origin.parse(url.toString()));
  }

  /**
   * True when the {@code Origin} header is absent (not a browser, or a same-origin GET) or allowed.
   */
  public boolean allows(String originHeader, RequestSource source) {
    if (originHeader == null) {
      return true;
    }
    Optional<Origin> origin = Origin.parse(originHeader.strip());
    if (origin.isEmpty()) {
      return false;
    }
    if (publicOrigin.equals(origin)) {
      return true;
    }
    if (downgraded(origin.get(), source)) {
      return false;
    }
    return Origin.parse("http://" + source.host())
        .map(target -> sameHost(origin.get(), target, source.host()))
        .orElse(false);
  }

  /**
   * A plain-http page must not act on an instance that is reached over https: on a network that can
   * rewrite plain http, such a page is the attacker's, yet older browsers still send it the session
   * cookie.
   */
  private boolean downgraded(Origin origin, RequestSource source) {
    boolean instanceIsSecure =
        source.secure() || publicOrigin.map(o -> o.scheme().equals("https")).orElse(false);
    return instanceIsSecure && !origin.scheme().equals("https");
  }

  /**
   * Host names must match; the port too when the Host header names one. Beyond the downgrade rule
   * above the scheme is not compared, because a proxy that forgets X-Forwarded-Proto must not lock
   * users out.
   */
  private static boolean sameHost(Origin origin, Origin target, String hostHeader) {
    if (!origin.host().equals(target.host())) {
      return false;
    }
    boolean explicitPort = hostHeader.lastIndexOf(':') > hostHeader.lastIndexOf(']');
    return explicitPort ? origin.port() == target.port() : origin.hasDefaultPort();
  }

  /** A web origin: scheme, lower-case host and effective port. */
  record Origin(String scheme, String host, int port) {

    static Optional<Origin> parse(String text) {
      if (text.isEmpty() || text.equals("null")) {
        return Optional.empty();
      }
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean web = scheme.equals("http") || scheme.equals("https");
        String path = uri.getRawPath();
        if (!web
            || uri.getHost() == null
            || uri.getRawUserInfo() != null
            || uri.getRawQuery() != null
            || uri.getRawFragment() != null
            || (path != null && !path.isEmpty() && !path.equals("/"))) {
          return Optional.empty();
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
        return Optional.of(new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
      } catch (URISyntaxException malformed) {
        return Optional.empty();
      }
    }

    boolean hasDefaultPort() {
      return port == defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
      return scheme.equals("https") ? 443 : 80;
    }
  }
}
