package chat.decentra.domain.media;

import java.util.Arrays;
import java.util.Optional;

/** The image formats people may upload, recognised by their content rather than their name. */
public enum ImageType {
  PNG("image/png"),
  JPEG("image/jpeg"),
  WEBP("image/webp"),
  GIF("image/gif");

  /** Uploads larger than this are refused. */
  public static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

  private final String mediaType;

  ImageType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The IANA media type, for the Content-Type header. */
  public String mediaType() {
    return mediaType;
  }

  /** The type with that media type, or empty. */
  public static Optional<ImageType> fromMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  /**
   * The format the bytes are in, judged by their signature, or empty when they are none of ours.
   */
  public static Optional<ImageType> detect(byte[] data) {
    if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(data, 0, 'G', 'I', 'F', '8')
        && data.length > 5
        && data[5] == 'a'
        && (data[4] == '7' || data[4] == '9')) {
      return Optional.of(GIF);
    }
    if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] data, int offset, int... signature) {
    if (data == null || data.length < offset + signature.length + 4) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((data[offset + i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
