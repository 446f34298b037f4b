package chat.decentra.adapter.undertow.http;

/** {@code If-None-Match} against an entity tag, compared weakly as RFC 9110 asks for GET. */
public final class EntityTags {

  private EntityTags() {}

  /** True when the header lists the tag (with or without {@code W/}) or is {@code *}. */
  public static boolean matches(String ifNoneMatch, String etag) {
    String wanted = opaque(etag);
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
