package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.Json;
import chat.decentra.adapter.undertow.json.JsonObject;

/** A frame from a client, decoded once on the IO thread. */
sealed interface ClientFrame {

  /** Request ids are chosen by the client and echoed back; this keeps them small. */
  int MAX_REQUEST_ID_LENGTH = 64;

  /** {@code {"op":"heartbeat"}}. */
  record Heartbeat() implements ClientFrame {}

  /** {@code {"op":"identify","d":{"token"}}}. */
  record Identify(String token) implements ClientFrame {
    @Override
    public String toString() {
      return "Identify[token=…]";
    }
  }

  /** {@code {"op":"request","id","t","d"}}. */
  record Request(String id, String type, JsonObject data) implements ClientFrame {}

  /**
   * Decodes a text frame.
   *
   * @throws InvalidJsonException when it is not JSON, has no known {@code op} or lacks a field
   */
  static ClientFrame decode(String text) {
    JsonObject frame = Json.parseObject(text);
    String op = frame.requiredString("op");
    return switch (op) {
      case "heartbeat" -> new Heartbeat();
      case "identify" ->
          new Identify(
              frame
                  .optionalObject("d")
                  .orElseThrow(() -> new InvalidJsonException("identify needs \"d\"."))
                  .requiredString("token"));
      case "request" -> {
        String id = frame.requiredString("id");
        if (id.isEmpty() || id.length() > MAX_REQUEST_ID_LENGTH) {
          throw new InvalidJsonException("\"id\" must have 1 to 64 characters.");
        }
        yield new Request(
            id, frame.requiredString("t"), frame.optionalObject("d").orElse(JsonObject.empty()));
      }
      default -> throw new InvalidJsonException("Unknown op.");
    };
  }
}
