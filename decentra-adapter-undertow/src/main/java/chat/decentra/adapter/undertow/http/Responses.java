package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.ErrorJson;
import chat.decentra.adapter.undertow.json.Json;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.xnio.IoUtils;

/** Writing answers: JSON, errors, and the one log line of an internal error. */
public final class Responses {

  public static final String JSON = "application/json";

  private static final System.Logger LOG = System.getLogger(Responses.class.getName());

  private Responses() {}

  /** Sends the status and body and ends the exchange; callable from any thread. */
  public static void send(
      HttpServerExchange exchange, int status, String contentType, byte[] body) {
    exchange.setStatusCode(status);
    if (contentType != null) {
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
    }
    if (body == null || body.length == 0) {
      if (status != 204 && status != 304) {
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, 0);
      }
      exchange.endExchange();
      return;
    }
    exchange.getResponseSender().send(ByteBuffer.wrap(body));
  }

  /** Sends a wire record as JSON. */
  public static void json(HttpServerExchange exchange, int status, Object wire) {
    send(exchange, status, JSON, Json.write(wire));
  }

  /** Sends {@code {"error":{code,message}}} with the error's status. */
  public static void error(HttpServerExchange exchange, ApiError error) {
    if (error.status() == 413) {
      // The rest of the body stays unread, so the connection cannot carry another request.
      exchange.setPersistent(false);
    }
    json(exchange, error.status(), ErrorJson.of(error.code(), error.message()));
  }

  /** 405 with the {@code Allow} header listing the methods the route has. */
  public static void methodNotAllowed(HttpServerExchange exchange, Collection<HttpString> allowed) {
    exchange
        .getResponseHeaders()
        .put(
            Headers.ALLOW,
            allowed.stream().map(HttpString::toString).collect(Collectors.joining(", ")));
    error(exchange, ApiError.METHOD_NOT_ALLOWED);
  }

  /**
   * Logs the failure under a fresh reference and answers 500 with that reference, never details.
   */
  public static void internalError(HttpServerExchange exchange, Throwable failure) {
    String reference = HexFormat.of().formatHex(randomBytes());
    LOG.log(
        Level.ERROR,
        "internal error "
            + reference
            + " on "
            + exchange.getRequestMethod()
            + " "
            + redact(exchange.getRequestPath()),
        failure);
    if (exchange.isResponseStarted()) {
      IoUtils.safeClose(exchange.getConnection());
      return;
    }
    error(
        exchange,
        ApiError.INTERNAL_ERROR.withMessage(
            "Something went wrong on our side (reference " + reference + ")."));
  }

  /** Invite codes are secrets: keep anything that looks like one out of the log. */
  private static String redact(String path) {
    String shortened = path.length() > 200 ? path.substring(0, 200) + "…" : path;
    return shortened.replaceAll("[A-Za-z0-9_-]{22,}", "…");
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }
}
