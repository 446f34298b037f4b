package chat.decentra.adapter.undertow.edge;

import java.net.InetAddress;

/** A block of IPv4 or IPv6 addresses: a network address and how many leading bits are fixed. */
record Cidr(InetAddress network, int prefixLength) {

  Cidr {
    int bits = network.getAddress().length * 8;
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("prefix length must be 0-" + bits + ": " + prefixLength);
    }
  }

  /** Parses {@code 10.0.0.0/8}, {@code 2001:db8::/32} or a single address. */
  static Cidr parse(String text) {
    int slash = text.indexOf('/');
    String addressPart = slash < 0 ? text : text.substring(0, slash);
    InetAddress address =
        IpAddresses.parseLiteral(addressPart)
            .orElseThrow(
                () -> new IllegalArgumentException("not an IP address or CIDR block: " + text));
    int bits = address.getAddress().length * 8;
    if (slash < 0) {
      return new Cidr(address, bits);
    }
    String prefix = text.substring(slash + 1);
    if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > bits) {
      throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
    }
    return new Cidr(address, Integer.parseInt(prefix));
  }

  /** True when the address lies in this block; IPv4 and IPv6 blocks never contain each other. */
  boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    byte[] net = network.getAddress();
    if (candidate.length != net.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (candidate[i] != net[i]) {
        return false;
      }
    }
    int remainingBits = prefixLength % 8;
    if (remainingBits == 0) {
      return true;
    }
    int mask = (0xFF << (8 - remainingBits)) & 0xFF;
    return (candidate[fullBytes] & mask) == (net[fullBytes] & mask);
  }
}
