package chat.decentra.adapter.undertow.web;

import chat.decentra.adapter.undertow.http.EntityTags;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.util.Locale;

/** Sends a file from memory: gzip when the client takes it, 304 when it already has it. */
final class FileResponder {

  private FileResponder() {}

  /**
   * Files are not fingerprinted (the client has no build step), so browsers keep them but ask again
   * each time ({@code no-cache}); an unchanged file costs a 304.
   */
  static void send(HttpServerExchange exchange, StaticFile file) {
    HeaderMap request = exchange.getRequestHeaders();
    HeaderMap response = exchange.getResponseHeaders();
    boolean gzip = file.gzip() != null && acceptsGzip(request.getFirst(Headers.ACCEPT_ENCODING));
    String etag = file.etag(gzip);
    response.put(Headers.CACHE_CONTROL, "no-cache");
    response.put(Headers.ETAG, etag);
    if (file.gzip() != null) {
      response.put(Headers.VARY, "Accept-Encoding");
    }
    String ifNoneMatch = request.getFirst(Headers.IF_NONE_MATCH);
    if (ifNoneMatch != null && EntityTags.matches(ifNoneMatch, etag)) {
      exchange.setStatusCode(304);
      exchange.endExchange();
      return;
    }
    response.put(Headers.CONTENT_TYPE, file.contentType());
    if (gzip) {
      response.put(Headers.CONTENT_ENCODING, "gzip");
    }
    exchange.getResponseSender().send(ByteBuffer.wrap(gzip ? file.gzip() : file.identity()));
  }

  /** True when {@code Accept-Encoding} names gzip (or {@code *}) without {@code q=0}. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Boolean wildcard = null;
    for (String item : acceptEncoding.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean wanted = quality(parts) > 0;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return wanted;
      }
      if (coding.equals("*")) {
        wildcard = wanted;
      }
    }
    return Boolean.TRUE.equals(wildcard);
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("q=")) {
        try {
          return Double.parseDouble(parameter.substring(2));
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 1;
  }
}
