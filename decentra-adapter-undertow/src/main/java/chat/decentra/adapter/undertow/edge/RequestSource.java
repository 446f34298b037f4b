package chat.decentra.adapter.undertow.edge;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Where a request really came from, after believing trusted proxies and nobody else.
 *
 * @param clientIp the client's address in canonical form, empty when unknown
 * @param scheme {@code http} or {@code https}, as the client used it
 * @param host the host and port the client addressed ({@code chat.example.org}, {@code
 *     [::1]:8765}), empty when the request named none
 */
public record RequestSource(String clientIp, String scheme, String host) {

  static final AttachmentKey<RequestSource> KEY = AttachmentKey.create(RequestSource.class);

  public RequestSource {
    clientIp = clientIp == null ? "" : clientIp;
    scheme = "https".equals(scheme) ? "https" : "http";
    host = host == null ? "" : host;
  }

  /** True when the client reached us over HTTPS, directly or through a trusted proxy. */
  public boolean secure() {
    return scheme.equals("https");
  }

  /**
   * The key under which to count this client's attempts: its address, or for IPv6 its /64 network,
   * since one subscriber usually holds a whole /64.
   */
  public String clientNetwork() {
    return IpAddresses.parseLiteral(clientIp)
        .filter(Inet6Address.class::isInstance)
        .map(RequestSource::slash64)
        .orElse(clientIp);
  }

  private static String slash64(InetAddress address) {
    byte[] bytes = address.getAddress();
    Arrays.fill(bytes, 8, bytes.length, (byte) 0);
    try {
      return IpAddresses.format(InetAddress.getByAddress(bytes)) + "/64";
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The source of this request as resolved at the edge of the handler chain. */
  public static RequestSource of(HttpServerExchange exchange) {
    RequestSource source = exchange.getAttachment(KEY);
    if (source == null) {
      // Only a handler chain built without ClientAddressHandler gets here: trust nobody.
      source =
          new ClientAddressResolver(TrustedProxies.none())
              .resolve(
                  exchange.getSourceAddress(),
                  exchange.getRequestHeaders(),
                  exchange.getRequestScheme());
      exchange.putAttachment(KEY, source);
    }
    return source;
  }
}
