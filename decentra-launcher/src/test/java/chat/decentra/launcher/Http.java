package chat.decentra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small HTTP and WebSocket client for end-to-end tests against a running Decentra. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String baseUrl;

  Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpResponse<String> get(String path, String token) {
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  HttpResponse<String> post(String path, String json, String token) {
    var request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request.build());
  }

  /** Signs up and returns the token. */
  String signUp(String username, String password, String invite) {
    String body =
        invite == null
            ? "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password)
            : "{\"username\":\"%s\",\"password\":\"%s\",\"invite\":\"%s\"}"
                .formatted(username, password, invite);
    var response = post("/api/v1/auth/signup", body, null);
    if (response.statusCode() != 201) {
      throw new AssertionError("sign-up failed: " + response.statusCode() + " " + response.body());
    }
    return field(response.body(), "token");
  }

  /** Logs in and returns the response. */
  HttpResponse<String> logIn(String username, String password) {
    return post(
        "/api/v1/auth/login",
        "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password),
        null);
  }

  /** The first string value of {@code name} in a JSON text; enough for these tests. */
  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + json);
    }
    return m.group(1);
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Opens a gateway socket that records the frames and the close code it receives. */
  GatewaySocket gateway() {
    var socket = new GatewaySocket();
    socket.webSocket =
        CLIENT
            .newWebSocketBuilder()
            .buildAsync(URI.create(baseUrl.replace("http", "ws") + "/ws"), socket)
            .orTimeout(5, TimeUnit.SECONDS)
            .join();
    return socket;
  }

  /** A gateway connection seen from the client side. */
  static final class GatewaySocket implements WebSocket.Listener {
    private final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    WebSocket webSocket;

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(partial.toString());
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closeCode.completeExceptionally(error);
    }

    /** The next frame, waiting up to five seconds. */
    String next() {
      try {
        String frame = frames.poll(5, TimeUnit.SECONDS);
        if (frame == null) {
          throw new AssertionError("no frame within 5 s");
        }
        return frame;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    void send(String json) {
      webSocket.sendText(json, true).join();
    }
  }
}
