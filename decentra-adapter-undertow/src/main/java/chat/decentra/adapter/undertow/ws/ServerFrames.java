package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.GatewaySettings;
import chat.decentra.adapter.undertow.json.ErrorJson;
import chat.decentra.adapter.undertow.json.Json;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.ByteBuffer;

/** The frames the server sends that are not events. */
final class ServerFrames {

  static final int PROTOCOL_VERSION = 1;

  private static final byte[] HEARTBEAT_ACK = Json.write(new Frame("heartbeat_ack", null, null));

  private ServerFrames() {}

  /** A frame with an op, and maybe a request id and data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Frame(String op, String id, Object d) {}

  /** The data of {@code hello}. */
  record Hello(int protocol, long heartbeatInterval) {}

  static ByteBuffer hello(GatewaySettings settings) {
    return ByteBuffer.wrap(
        Json.write(
            new Frame(
                "hello",
                null,
                new Hello(PROTOCOL_VERSION, settings.heartbeatInterval().toMillis()))));
  }

  static ByteBuffer heartbeatAck() {
    return ByteBuffer.wrap(HEARTBEAT_ACK);
  }

  /** The answer to a request that failed, with a code of the REST API. */
  static ByteBuffer error(String requestId, String code, String message) {
    return ByteBuffer.wrap(
        Json.write(new Frame("error", requestId, ErrorJson.of(code, message).error())));
  }
}
