package chat.decentra.adapter.undertow.edge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The elements of RFC 7239 {@code Forwarded} headers, one per proxy hop, oldest first. */
final class ForwardedHeader {

  private ForwardedHeader() {}

  /** One hop: its {@code for}, {@code proto} and {@code host} parameters, when given. */
  record Element(String forNode, String proto, String host) {}

  static List<Element> parse(Iterable<String> headerValues) {
    var elements = new ArrayList<Element>();
    for (String value : headerValues) {
      for (String element : split(value, ',')) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : split(element, ';')) {
          int equals = pair.indexOf('=');
          if (equals > 0) {
            String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            pairs.putIfAbsent(name, unquote(pair.substring(equals + 1).strip()));
          }
        }
        elements.add(new Element(pairs.get("for"), pairs.get("proto"), pairs.get("host")));
      }
    }
    return elements;
  }

  /** Splits at the separator outside double quotes. */
  private static List<String> split(String text, char separator) {
    var parts = new ArrayList<String>();
    var current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < text.length()) {
        current.append(c);
        c = text.charAt(++i);
      } else if (c == separator && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }
    return value;
  }
}
