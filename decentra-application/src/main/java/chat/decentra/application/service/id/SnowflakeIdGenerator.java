package chat.decentra.application.service.id;

import chat.decentra.application.port.out.GenerateIdPort;
import java.time.Clock;
import java.time.Instant;

/**
 * Time-ordered 64-bit ids without coordination: 41 bits of milliseconds since 2026-01-01, 10 bits
 * of node number and 12 bits of sequence within the millisecond.
 */
public final class SnowflakeIdGenerator implements GenerateIdPort {

  /** The start of the id clock. */
  public static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  public static final int MAX_NODE = 1023;
  private static final int SEQUENCE_BITS = 12;
  private static final int NODE_BITS = 10;
  private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

  private final Clock clock;
  private final long node;
  private long lastMillis = -1;
  private long sequence;

  public SnowflakeIdGenerator(Clock clock, int node) {
    if (node < 0 || node > MAX_NODE) {
      throw new IllegalArgumentException("node must be 0-" + MAX_NODE + ": " + node);
    }
    this.clock = clock;
    this.node = node;
  }

  @Override
  public synchronized long nextId() {
    long millis = Math.max(clock.millis() - EPOCH.toEpochMilli(), 0);
    // A clock that steps back must not produce a smaller or repeated id: keep counting from the
    // last.
    if (millis < lastMillis) {
      millis = lastMillis;
    }
    if (millis == lastMillis) {
      sequence = (sequence + 1) & SEQUENCE_MASK;
      if (sequence == 0) {
        millis = ++lastMillis;
      }
    } else {
      sequence = 0;
    }
    lastMillis = millis;
    // +1 keeps every id positive even at the epoch's first millisecond on node 0.
    return ((millis << (NODE_BITS + SEQUENCE_BITS)) | (node << SEQUENCE_BITS) | sequence) + 1;
  }

  /** The moment an id was made, to the millisecond. */
  public static Instant timestampOf(long id) {
    return EPOCH.plusMillis((id - 1) >>> (NODE_BITS + SEQUENCE_BITS));
  }
}
