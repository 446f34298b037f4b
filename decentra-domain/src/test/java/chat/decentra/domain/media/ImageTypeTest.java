package chat.decentra.domain.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

  /** A real 1×1 PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** A real 1×1 GIF89a. */
  static final byte[] GIF89A =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  /** A real 1×1 GIF87a. */
  static final byte[] GIF87A =
      Base64.getDecoder().decode("R0lGODdhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=");

  /** A real 1×1 lossless WebP. */
  static final byte[] WEBP =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private static byte[] jpeg() {
    try {
      var out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void pngIsRecognised() {
    assertThat(ImageType.detect(PNG)).contains(ImageType.PNG);
  }

  @Test
  void jpegIsRecognised() {
    assertThat(ImageType.detect(jpeg())).contains(ImageType.JPEG);
  }

  @Test
  void jpegWithExifHeaderIsRecognised() {
    // Cameras write APP1 (Exif) where JFIF files have APP0.
    byte[] exif = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x00, 0x18, 'E', 'x', 'i', 'f'
    };
    assertThat(ImageType.detect(exif)).contains(ImageType.JPEG);
  }

  @Test
  void bothGifVersionsAreRecognised() {
    assertThat(ImageType.detect(GIF89A)).contains(ImageType.GIF);
    assertThat(ImageType.detect(GIF87A)).contains(ImageType.GIF);
  }

  @Test
  void webpIsRecognised() {
    assertThat(ImageType.detect(WEBP)).contains(ImageType.WEBP);
  }

  @Test
  void textIsNotAnImage() {
    byte[] text = "Hello, this is not an image at all.\n".getBytes(StandardCharsets.UTF_8);
    assertThat(ImageType.detect(text)).isEmpty();
  }

  @Test
  void htmlOrSvgRenamedToAnImageIsNotAnImage() {
    assertThat(
            ImageType.detect(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(ImageType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
  }

  @Test
  void emptyOrMissingDataIsNotAnImage() {
    assertThat(ImageType.detect(new byte[0])).isEmpty();
    assertThat(ImageType.detect(null)).isEmpty();
  }

  @Test
  void truncatedHeadersAreNotImages() {
    assertThat(ImageType.detect(Arrays.copyOf(PNG, 4))).isEmpty();
    assertThat(ImageType.detect(Arrays.copyOf(PNG, 7))).isEmpty();
    assertThat(ImageType.detect(Arrays.copyOf(jpeg(), 2))).isEmpty();
    assertThat(ImageType.detect(Arrays.copyOf(GIF89A, 5))).isEmpty();
    assertThat(ImageType.detect(Arrays.copyOf(WEBP, 11))).isEmpty();
  }

  @Test
  void signatureAloneWithoutAnyImageDataIsNotAnImage() {
    assertThat(ImageType.detect(Arrays.copyOf(PNG, 8))).isEmpty();
    assertThat(ImageType.detect("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1)))
        .isEmpty();
  }

  @Test
  void nearMissSignaturesAreNotImages() {
    byte[] png = PNG.clone();
    png[1] = 'p'; // \x89pNG
    assertThat(ImageType.detect(png)).isEmpty();
    assertThat(ImageType.detect(ascii("GIF86a\1\0\1\0\0\0\0"))).isEmpty();
    assertThat(ImageType.detect(ascii("GIF89b\1\0\1\0\0\0\0"))).isEmpty();
    assertThat(ImageType.detect(ascii("RIFF\u0024\0\0\0WAVEfmt \u0010\0\0\0"))).isEmpty();
    assertThat(ImageType.detect(ascii("RIFX\u001A\0\0\0WEBPVP8L\r\0\0\0"))).isEmpty();
    byte[] notJpeg = jpeg();
    notJpeg[2] = 0x00;
    assertThat(ImageType.detect(notJpeg)).isEmpty();
  }

  @Test
  void signatureFurtherInDoesNotCount() {
    byte[] shifted = new byte[PNG.length + 1];
    System.arraycopy(PNG, 0, shifted, 1, PNG.length);
    assertThat(ImageType.detect(shifted)).isEmpty();
  }

  @Test
  void mediaTypesAreTheIanaNames() {
    assertThat(ImageType.PNG.mediaType()).isEqualTo("image/png");
    assertThat(ImageType.JPEG.mediaType()).isEqualTo("image/jpeg");
    assertThat(ImageType.WEBP.mediaType()).isEqualTo("image/webp");
    assertThat(ImageType.GIF.mediaType()).isEqualTo("image/gif");
    for (ImageType type : ImageType.values()) {
      assertThat(ImageType.fromMediaType(type.mediaType())).contains(type);
    }
    assertThat(ImageType.fromMediaType("image/svg+xml")).isEmpty();
    assertThat(ImageType.fromMediaType("text/html")).isEmpty();
    assertThat(ImageType.fromMediaType(null)).isEmpty();
  }

  @Test
  void uploadLimitIsTwoMebibytes() {
    assertThat(ImageType.MAX_UPLOAD_BYTES).isEqualTo(2 * 1024 * 1024);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
