package chat.decentra.adapter.undertow.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A file of the web client held in memory, with its strong entity tag and, for text, a gzipped copy
 * made once.
 *
 * @param gzip the gzipped bytes, or null when compression does not pay
 */
record StaticFile(String contentType, byte[] identity, byte[] gzip, String etag) {

  /** Files smaller than this are sent as they are: gzip would not save a packet. */
  private static final int COMPRESS_FROM_BYTES = 256;

  static StaticFile of(ContentTypes.Type type, byte[] content) {
    byte[] gzip = null;
    if (type.compressible() && content.length >= COMPRESS_FROM_BYTES) {
      byte[] compressed = gzip(content);
      gzip = compressed.length < content.length ? compressed : null;
    }
    return new StaticFile(type.contentType(), content, gzip, hash(content));
  }

  /** The entity tag of the representation sent: gzipped bytes differ, so their tag does too. */
  String etag(boolean gzipped) {
    return gzipped ? "\"" + etag + "-gz\"" : "\"" + etag + "\"";
  }

  private static String hash(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static byte[] gzip(byte[] content) {
    var out = new ByteArrayOutputStream(content.length / 2 + 64);
    try (var gzip = new GZIPOutputStream(out)) {
      gzip.write(content);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }
}
