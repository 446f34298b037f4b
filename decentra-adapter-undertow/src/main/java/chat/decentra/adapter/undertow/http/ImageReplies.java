package chat.decentra.adapter.undertow.http;

import io.undertow.util.Headers;

/**
 * Uploaded images (avatars, guild icons) as answers: the bytes with their real type and an {@code
 * ETag}. Under the URL of the current version (with {@code ?v=}) they may be cached forever; under
 * any other URL they must be revalidated.
 */
final class ImageReplies {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private ImageReplies() {}

  static Reply versioned(ApiRequest request, String mediaType, String version, byte[] data) {
    String etag = "\"" + version + "\"";
    String caching =
        request.query("v").filter(version::equals).isPresent() ? IMMUTABLE : "no-cache";
    boolean unchanged =
        request
            .header(Headers.IF_NONE_MATCH)
            .filter(tags -> EntityTags.matches(tags, etag))
            .isPresent();
    Reply reply = unchanged ? Reply.notModified() : Reply.bytes(mediaType, data);
    return reply.header(Headers.ETAG, etag).header(Headers.CACHE_CONTROL, caching);
  }
}
