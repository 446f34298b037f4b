package chat.decentra.adapter.undertow.http;

import chat.decentra.domain.media.ImageType;

/** What an endpoint reads from the request body, and how much of it at most. */
enum BodyKind {
  /** Nothing; a small body is tolerated and ignored. */
  NONE(Limits.JSON),
  /** A JSON object, required. */
  JSON(Limits.JSON),
  /** A JSON object, or nothing (read as {@code {}}). */
  OPTIONAL_JSON(Limits.JSON),
  /** A JSON array of objects, required. */
  JSON_ARRAY(Limits.JSON),
  /**
   * Raw image bytes of any declared type; the application judges them by their content and size.
   * The edge reads a little more than the application accepts, so that the application's rule is
   * the one that decides, while floods still stop here.
   */
  IMAGE(ImageType.MAX_UPLOAD_BYTES + 16 * 1024);

  final long limit;

  BodyKind(long limit) {
    this.limit = limit;
  }

  boolean json() {
    return this == JSON || this == OPTIONAL_JSON || this == JSON_ARRAY;
  }

  private static final class Limits {
    static final long JSON = 64 * 1024;
  }
}
