package chat.decentra.adapter.undertow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A gateway client for the tests: collects whole text frames and the close code. */
final class TestSocket implements WebSocket.Listener {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket socket;

  /** Opens a socket with extra upgrade headers (Origin, Cookie). */
  static TestSocket open(TestServer server, Map<String, String> headers) {
    var listener = new TestSocket();
    var builder = CLIENT.newWebSocketBuilder();
    headers.forEach(builder::header);
    listener.socket =
        builder
            .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), listener)
            .orTimeout(5, TimeUnit.SECONDS)
            .join();
    return listener;
  }

  static TestSocket open(TestServer server) {
    return open(server, Map.of());
  }

  /** Opens a socket and identifies with the token, returning it after READY. */
  static TestSocket ready(TestServer server, String token) {
    TestSocket socket = open(server);
    socket.next();
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + token + "\"}}");
    JsonNode ready = socket.next();
    if (!ready.path("t").asText().equals("READY")) {
      throw new AssertionError("expected READY, got " + ready);
    }
    return socket;
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.completeExceptionally(error);
  }

  void send(String text) {
    socket.sendText(text, true).orTimeout(5, TimeUnit.SECONDS).join();
  }

  /** The next frame as JSON, waiting up to five seconds. */
  JsonNode next() {
    String frame = nextText(5000);
    if (frame == null) {
      throw new AssertionError("no frame within 5 s");
    }
    try {
      return Http.JSON.readTree(frame);
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }

  String nextText(long millis) {
    try {
      return frames.poll(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** The close code the server sent, waiting up to the given time. */
  int closeCode(long millis) {
    try {
      return closed.get(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    } catch (ExecutionException | TimeoutException failure) {
      throw new AssertionError("socket did not close with a code", failure);
    }
  }

  int closeCode() {
    return closeCode(5000);
  }

  boolean isOpen() {
    return !closed.isDone();
  }

  void abort() {
    socket.abort();
  }
}
