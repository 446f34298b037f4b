package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An event encoded once for all the sockets that get it; each socket only puts its own sequence
 * number in: {@code {"op":"dispatch","t":TYPE,"s":SEQ,"d":DATA}}.
 */
final class PreparedEvent {

  private final String type;
  private final byte[] head;
  private final byte[] tail;

  private PreparedEvent(String type, byte[] head, byte[] tail) {
    this.type = type;
    this.head = head;
    this.tail = tail;
  }

  /** Encodes the event's data, a wire record, once. */
  static PreparedEvent of(String type, Object data) {
    byte[] head =
        ("{\"op\":\"dispatch\",\"t\":" + Json.writeString(type) + ",\"s\":")
            .getBytes(StandardCharsets.UTF_8);
    byte[] dataJson = Json.write(data);
    byte[] tail = new byte[dataJson.length + 6];
    byte[] prefix = ",\"d\":".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(prefix, 0, tail, 0, prefix.length);
    System.arraycopy(dataJson, 0, tail, prefix.length, dataJson.length);
    tail[tail.length - 1] = '}';
    return new PreparedEvent(type, head, tail);
  }

  String type() {
    return type;
  }

  /** The frame for one socket. */
  ByteBuffer frame(long sequence) {
    byte[] digits = Long.toString(sequence).getBytes(StandardCharsets.US_ASCII);
    ByteBuffer frame = ByteBuffer.allocate(head.length + digits.length + tail.length);
    frame.put(head).put(digits).put(tail).flip();
    return frame;
  }
}
