package chat.decentra.adapter.undertow.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A path pattern made of literal segments, {@code {name}} parameters and a final {@code **} that
 * takes any rest. Ordered by specificity: at the first segment where two differ, literal before
 * parameter before rest.
 */
record PathTemplate(String text, List<String> segments) implements Comparable<PathTemplate> {

  static PathTemplate parse(String text) {
    List<String> segments = segments(text);
    for (int i = 0; i < segments.size(); i++) {
      if (segments.get(i).equals("**") && i != segments.size() - 1) {
        throw new IllegalArgumentException("** must be the last segment: " + text);
      }
    }
    return new PathTemplate(text, List.copyOf(segments));
  }

  /** The path's segments; a trailing slash is ignored, so {@code /a/} is {@code /a}. */
  static List<String> segments(String path) {
    var segments = new ArrayList<String>();
    int start = path.startsWith("/") ? 1 : 0;
    while (start < path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      segments.add(path.substring(start, end));
      start = end + 1;
    }
    return segments;
  }

  /** The parameters when the path's segments match, else null. */
  Map<String, String> match(List<String> path) {
    var parameters = new HashMap<String, String>();
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      if (segment.equals("**")) {
        return parameters;
      }
      if (i >= path.size()) {
        return null;
      }
      String actual = path.get(i);
      if (isParameter(segment)) {
        if (actual.isEmpty()) {
          return null;
        }
        parameters.put(segment.substring(1, segment.length() - 1), actual);
      } else if (!segment.equals(actual)) {
        return null;
      }
    }
    return path.size() == segments.size() ? parameters : null;
  }

  @Override
  public int compareTo(PathTemplate other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      int difference = rank(segments.get(i)) - rank(other.segments.get(i));
      if (difference != 0) {
        return difference;
      }
    }
    return text.compareTo(other.text);
  }

  private static int rank(String segment) {
    if (segment.equals("**")) {
      return 2;
    }
    return isParameter(segment) ? 1 : 0;
  }

  private static boolean isParameter(String segment) {
    return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
  }
}
