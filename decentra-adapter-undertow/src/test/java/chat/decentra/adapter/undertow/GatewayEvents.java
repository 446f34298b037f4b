package chat.decentra.adapter.undertow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reading gateway events in tests: the next one of a type, or everything that has arrived. */
final class GatewayEvents {

  private GatewayEvents() {}

  /**
   * The next event of that type, skipping others, within five seconds; fails the test otherwise.
   */
  static JsonNode await(TestSocket socket, String type) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    var skipped = new ArrayList<String>();
    while (System.nanoTime() < deadline) {
      String text = socket.nextText(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (text == null) {
        break;
      }
      JsonNode frame = parse(text);
      if (frame.path("t").asText().equals(type)) {
        return frame;
      }
      skipped.add(frame.path("t").asText(frame.path("op").asText()));
    }
    throw new AssertionError("no " + type + " within 5 s; heard " + skipped);
  }

  /** Every frame that has arrived so far. */
  static List<JsonNode> drain(TestSocket socket) {
    var frames = new ArrayList<JsonNode>();
    String text;
    while ((text = socket.frames.poll()) != null) {
      frames.add(parse(text));
    }
    return frames;
  }

  private static JsonNode parse(String text) {
    try {
      return Http.JSON.readTree(text);
    } catch (IOException notJson) {
      throw new UncheckedIOException(notJson);
    }
  }
}
