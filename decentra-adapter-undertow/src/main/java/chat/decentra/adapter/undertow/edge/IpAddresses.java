package chat.decentra.adapter.undertow.edge;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Strict parsing and canonical printing of IP address literals; never a DNS lookup. */
final class IpAddresses {

  private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern PORT = Pattern.compile(":(?:[0-9]{1,5}|_[A-Za-z0-9._-]{1,32})");

  private IpAddresses() {}

  /** The address written as a bare IPv4 or IPv6 literal, or empty for anything else. */
  static Optional<InetAddress> parseLiteral(String text) {
    if (text == null || text.isEmpty() || text.length() > 45) {
      return Optional.empty();
    }
    try {
      if (IPV4.matcher(text).matches()) {
        String[] parts = text.split("\\.");
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      // With a colon in it, InetAddress parses the literal and never asks DNS.
      if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
        return Optional.of(InetAddress.getByName(text));
      }
    } catch (UnknownHostException notAnAddress) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The address in a forwarding header's node: {@code 203.0.113.7}, {@code 203.0.113.7:4711},
   * {@code 2001:db8::1}, {@code [2001:db8::1]:4711}, optionally in double quotes. Empty for {@code
   * unknown}, obfuscated identifiers and garbage.
   */
  static Optional<InetAddress> parseNode(String node) {
    String text = node.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    if (text.startsWith("[")) {
      int end = text.indexOf(']');
      if (end < 0) {
        return Optional.empty();
      }
      String rest = text.substring(end + 1);
      if (!rest.isEmpty() && !PORT.matcher(rest).matches()) {
        return Optional.empty();
      }
      return parseLiteral(text.substring(1, end));
    }
    int colon = text.indexOf(':');
    if (colon >= 0 && colon == text.lastIndexOf(':')) {
      String host = text.substring(0, colon);
      if (!PORT.matcher(text.substring(colon)).matches() || !IPV4.matcher(host).matches()) {
        return Optional.empty();
      }
      return parseLiteral(host);
    }
    return parseLiteral(text);
  }

  /**
   * The canonical text form: dotted quad, or RFC 5952 for IPv6 (lower case, longest zero run as
   * ::).
   */
  static String format(InetAddress address) {
    if (address instanceof Inet4Address) {
      return address.getHostAddress();
    }
    byte[] bytes = address.getAddress();
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && groups[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    var text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }
}
