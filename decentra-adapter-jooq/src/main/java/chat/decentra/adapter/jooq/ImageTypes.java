package chat.decentra.adapter.jooq;

import chat.decentra.domain.media.ImageType;

/** Image types are stored as their media types, which outlive Java constant names. */
final class ImageTypes {

  private ImageTypes() {}

  static ImageType fromStored(String mediaType) {
    return ImageType.fromMediaType(mediaType)
        .orElseThrow(
            () -> new IllegalStateException("unknown image type in database: " + mediaType));
  }
}
