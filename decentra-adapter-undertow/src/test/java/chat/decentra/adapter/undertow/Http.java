package chat.decentra.adapter.undertow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for the tests: requests by method and path, answers with parsed JSON. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final TestServer server;

  Http(TestServer server) {
    this.server = server;
  }

  Request get(String path) {
    return new Request("GET", path);
  }

  Request post(String path) {
    return new Request("POST", path);
  }

  Request put(String path) {
    return new Request("PUT", path);
  }

  Request patch(String path) {
    return new Request("PATCH", path);
  }

  Request delete(String path) {
    return new Request("DELETE", path);
  }

  Request method(String method, String path) {
    return new Request(method, path);
  }

  /** A request being built. */
  final class Request {
    private final String method;
    private final String path;
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;
    private boolean expectContinue;

    private Request(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Request header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    /** A JSON body with {@code Content-Type: application/json}. */
    Request json(String text) {
      return header("Content-Type", "application/json").body(text);
    }

    Request body(String text) {
      this.body = text.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    Request body(byte[] bytes) {
      this.body = bytes;
      return this;
    }

    /** Sends {@code Expect: 100-continue}, so a refused body is never sent. */
    Request expectContinue() {
      this.expectContinue = true;
      return this;
    }

    Request bearer(String token) {
      return header("Authorization", "Bearer " + token);
    }

    /** The session cookie, as a browser on our own page sends it (same origin). */
    Request cookie(String token) {
      return header("Cookie", "decentra_session=" + token).header("Origin", server.origin());
    }

    Answer send() {
      var builder =
          HttpRequest.newBuilder(server.uri(path))
              .timeout(Duration.ofSeconds(10))
              .expectContinue(expectContinue);
      for (String[] header : headers) {
        builder.header(header[0], header[1]);
      }
      builder.method(
          method,
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      try {
        return new Answer(CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
      } catch (IOException failure) {
        throw new UncheckedIOException(failure);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
  }

  /** An answer: status, headers, raw body and the body as JSON. */
  record Answer(int status, HttpHeaders headers, byte[] bytes) {

    Answer(HttpResponse<byte[]> response) {
      this(response.statusCode(), response.headers(), response.body());
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(bytes);
      } catch (IOException notJson) {
        throw new AssertionError("not JSON: " + text(), notJson);
      }
    }

    /** The error code of an error answer. */
    String errorCode() {
      return json().path("error").path("code").asText(null);
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    List<String> cookies() {
      return headers.allValues("Set-Cookie");
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }
}
