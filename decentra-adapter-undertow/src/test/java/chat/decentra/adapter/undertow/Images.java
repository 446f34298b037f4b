package chat.decentra.adapter.undertow;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Real image bytes for upload tests, made by the JDK. */
final class Images {

  private Images() {}

  static byte[] png() {
    return encode("png");
  }

  static byte[] jpeg() {
    return encode("jpeg");
  }

  private static byte[] encode(String format) {
    var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x5865F2);
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }
}
