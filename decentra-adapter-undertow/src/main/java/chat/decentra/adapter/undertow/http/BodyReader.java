package chat.decentra.adapter.undertow.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.BiConsumer;
import org.xnio.IoUtils;

/**
 * Reads a request body without blocking and never more than the limit: a body that grows past it
 * (also a chunked one, whose size nobody announced) is answered with 413 and the rest is left
 * unread.
 */
final class BodyReader {

  private BodyReader() {}

  /** Calls {@code then} with the whole body, on the IO thread, unless it is too large. */
  static void read(
      HttpServerExchange exchange, long limit, BiConsumer<HttpServerExchange, byte[]> then) {
    long announced = exchange.getRequestContentLength();
    var body = new ByteArrayOutputStream((int) Math.min(limit, announced > 0 ? announced : 1024));
    boolean[] refused = {false};
    exchange.setMaxEntitySize(limit);
    exchange
        .getRequestReceiver()
        .receivePartialBytes(
            (ex, chunk, last) -> {
              if (refused[0]) {
                return;
              }
              if (body.size() + (long) chunk.length > limit) {
                refused[0] = true;
                ex.getRequestReceiver().pause();
                Responses.error(ex, ApiError.PAYLOAD_TOO_LARGE);
                return;
              }
              body.write(chunk, 0, chunk.length);
              if (last) {
                then.accept(ex, body.toByteArray());
              }
            },
            (ex, failure) -> failed(ex, failure, refused));
  }

  private static void failed(HttpServerExchange exchange, IOException failure, boolean[] refused) {
    if (refused[0]) {
      return;
    }
    if (failure instanceof RequestTooBigException) {
      Responses.error(exchange, ApiError.PAYLOAD_TOO_LARGE);
    } else {
      // The client went away or broke off mid-body: nobody is left to answer.
      IoUtils.safeClose(exchange.getConnection());
    }
  }
}
