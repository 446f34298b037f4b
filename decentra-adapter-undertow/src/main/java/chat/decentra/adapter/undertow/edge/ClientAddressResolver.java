package chat.decentra.adapter.undertow.edge;

import io.undertow.util.HeaderMap;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the client's address, scheme and host. Forwarding headers count only when the direct peer
 * is a trusted proxy, and {@code X-Forwarded-For} is read from the right: each trusted proxy
 * appends the address it saw, so the first untrusted address from the right is the client, while
 * everything left of it may be made up by the client.
 */
final class ClientAddressResolver {

  static final HttpString X_FORWARDED_FOR = new HttpString("X-Forwarded-For");
  static final HttpString X_FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");
  static final HttpString X_FORWARDED_HOST = new HttpString("X-Forwarded-Host");
  static final HttpString X_REAL_IP = new HttpString("X-Real-IP");
  static final HttpString FORWARDED = new HttpString("Forwarded");

  private static final Pattern HOST =
      Pattern.compile("(?:[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

  private final TrustedProxies proxies;

  ClientAddressResolver(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  /**
   * @param peer the address of the direct peer of the connection
   * @param directScheme the scheme of the connection itself
   */
  RequestSource resolve(InetSocketAddress peer, HeaderMap headers, String directScheme) {
    InetAddress peerAddress = peer == null ? null : peer.getAddress();
    String directHost = host(headers.getFirst(Headers.HOST)).orElse("");
    String peerIp = peerAddress == null ? "" : IpAddresses.format(peerAddress);
    if (peerAddress == null || !proxies.contains(peerAddress)) {
      return new RequestSource(peerIp, directScheme, directHost);
    }

    Hop hop = clientHop(headers, peerAddress);
    String scheme =
        scheme(last(headers.get(X_FORWARDED_PROTO)))
            .or(() -> scheme(hop.proto()))
            .orElse(directScheme);
    String host =
        host(last(headers.get(X_FORWARDED_HOST))).or(() -> host(hop.host())).orElse(directHost);
    return new RequestSource(IpAddresses.format(hop.client()), scheme, host);
  }

  /**
   * The client as the forwarding headers name it, with what its proxy says about scheme and host.
   */
  private record Hop(InetAddress client, String proto, String host) {}

  /**
   * {@code X-Forwarded-For} wins over {@code Forwarded}, and both over {@code X-Real-IP}: every
   * common proxy sets {@code X-Forwarded-For}, while a {@code Forwarded} header it does not manage
   * passes through from the client untouched.
   */
  private Hop clientHop(HeaderMap headers, InetAddress peer) {
    List<String> forwardedFor = listValues(headers.get(X_FORWARDED_FOR));
    if (!forwardedFor.isEmpty()) {
      return new Hop(walkFromRight(forwardedFor, peer), null, null);
    }
    List<ForwardedHeader.Element> forwarded = ForwardedHeader.parse(values(headers, FORWARDED));
    if (!forwarded.isEmpty()) {
      int index = clientIndex(forwarded, peer);
      InetAddress client =
          index < forwarded.size()
              ? IpAddresses.parseNode(forwarded.get(index).forNode()).orElseThrow()
              : peer;
      // The element naming the client was written by the proxy that the client talked to.
      ForwardedHeader.Element element = forwarded.get(Math.min(index, forwarded.size() - 1));
      return new Hop(client, element.proto(), element.host());
    }
    InetAddress realIp =
        Optional.ofNullable(headers.getFirst(X_REAL_IP))
            .flatMap(IpAddresses::parseNode)
            .orElse(peer);
    return new Hop(realIp, null, null);
  }

  /** The first untrusted address from the right; the leftmost when all are trusted. */
  private InetAddress walkFromRight(List<String> hops, InetAddress peer) {
    InetAddress chosen = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = IpAddresses.parseNode(hops.get(i));
      if (hop.isEmpty()) {
        // "unknown" or garbage: nothing left of it can be believed; keep the last trusted hop.
        return chosen;
      }
      chosen = hop.get();
      if (!proxies.contains(chosen)) {
        return chosen;
      }
    }
    return chosen;
  }

  /**
   * The index of the element that names the client, found like {@link #walkFromRight}; {@code
   * size()} when even the last element has no usable address.
   */
  private int clientIndex(List<ForwardedHeader.Element> elements, InetAddress peer) {
    int chosen = elements.size();
    for (int i = elements.size() - 1; i >= 0; i--) {
      String node = elements.get(i).forNode();
      Optional<InetAddress> hop = node == null ? Optional.empty() : IpAddresses.parseNode(node);
      if (hop.isEmpty()) {
        return chosen;
      }
      chosen = i;
      if (!proxies.contains(hop.get())) {
        return chosen;
      }
    }
    return chosen;
  }

  private static Optional<String> scheme(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String scheme = value.strip().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? Optional.of(scheme) : Optional.empty();
  }

  private static Optional<String> host(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String host = value.strip();
    return HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

  private static String last(HeaderValues values) {
    List<String> items = listValues(values);
    return items.isEmpty() ? null : items.get(items.size() - 1);
  }

  private static Iterable<String> values(HeaderMap headers, HttpString name) {
    HeaderValues values = headers.get(name);
    return values == null ? List.of() : values;
  }

  /** Comma-separated items of every line of a header, in order, blanks dropped. */
  private static List<String> listValues(HeaderValues values) {
    var items = new ArrayList<String>();
    if (values == null) {
      return items;
    }
    for (String line : values) {
      for (String item : line.split(",")) {
        if (!item.isBlank()) {
          items.add(item.strip());
        }
      }
    }
    return items;
  }
}
