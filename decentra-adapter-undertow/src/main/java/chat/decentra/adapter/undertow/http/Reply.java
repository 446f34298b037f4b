package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.ErrorJson;
import chat.decentra.adapter.undertow.json.Json;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an endpoint answers, as a value: status, body and extra headers. Endpoints return it from
 * the executor; {@link #send} writes it.
 */
record Reply(int status, String contentType, byte[] body, List<Header> headers) {

  /** A response header. */
  record Header(HttpString name, String value) {}

  Reply {
    headers = List.copyOf(headers);
  }

  static Reply json(int status, Object wire) {
    return new Reply(status, Responses.JSON, Json.write(wire), List.of());
  }

  static Reply ok(Object wire) {
    return json(200, wire);
  }

  static Reply created(Object wire) {
    return json(201, wire);
  }

  static Reply noContent() {
    return new Reply(204, null, null, List.of());
  }

  static Reply notModified() {
    return new Reply(304, null, null, List.of());
  }

  static Reply bytes(String contentType, byte[] data) {
    return new Reply(200, contentType, data, List.of());
  }

  static Reply error(ApiError error) {
    return json(error.status(), ErrorJson.of(error.code(), error.message()));
  }

  /** 429 with {@code Retry-After} in whole seconds, at least one. */
  static Reply rateLimited(Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return error(ApiError.RATE_LIMITED).header(Headers.RETRY_AFTER, Long.toString(seconds));
  }

  Reply header(HttpString name, String value) {
    var more = new ArrayList<>(headers);
    more.add(new Header(name, value));
    return new Reply(status, contentType, body, more);
  }

  void send(HttpServerExchange exchange) {
    for (Header header : headers) {
      if (header.name().equals(Headers.SET_COOKIE)) {
        exchange.getResponseHeaders().add(header.name(), header.value());
      } else {
        exchange.getResponseHeaders().put(header.name(), header.value());
      }
    }
    Responses.send(exchange, status, contentType, body);
  }
}
