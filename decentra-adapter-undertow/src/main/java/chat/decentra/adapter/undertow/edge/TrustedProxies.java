package chat.decentra.adapter.undertow.edge;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reverse proxies whose forwarding headers are believed: addresses and CIDR blocks. */
public final class TrustedProxies {

  private static final List<String> LOOPBACK = List.of("127.0.0.0/8", "::1/128");
  private static final List<String> PRIVATE =
      List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7");

  private final List<Cidr> blocks;

  private TrustedProxies(List<Cidr> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** Trusts nobody: forwarding headers are ignored. */
  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses entries such as {@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code 2001:db8::/32}, and the
   * aliases {@code loopback} and {@code private}; an entry may hold several, separated by commas or
   * spaces.
   *
   * @throws IllegalArgumentException naming the first entry that is none of these
   */
  public static TrustedProxies parse(List<String> entries) {
    var blocks = new ArrayList<Cidr>();
    for (String entry : entries) {
      for (String item : entry.strip().split("[,\\s]+")) {
        switch (item.toLowerCase(Locale.ROOT)) {
          case "" -> {}
          case "loopback" -> LOOPBACK.forEach(block -> blocks.add(Cidr.parse(block)));
          case "private" -> PRIVATE.forEach(block -> blocks.add(Cidr.parse(block)));
          default -> blocks.add(Cidr.parse(item));
        }
      }
    }
    return new TrustedProxies(blocks);
  }

  /** True when a request from this address may tell us who the client is. */
  public boolean contains(InetAddress address) {
    for (Cidr block : blocks) {
      if (block.contains(address)) {
        return true;
      }
    }
    return false;
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }
}
