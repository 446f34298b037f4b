package chat.decentra.adapter.undertow.ws;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bounded outbound queue of one socket: a frame takes a place when it is decided on (on any
 * thread) and gives it back once written. A socket whose places run out is too far behind.
 */
final class Outbound {

  /** Where frames go: writes one and calls {@code done} when it is written or failed. */
  @FunctionalInterface
  interface Sink {
    void write(ByteBuffer frame, Runnable done);
  }

  private final AtomicInteger pending = new AtomicInteger();
  private final int limit;
  private final Sink sink;

  Outbound(int limit, Sink sink) {
    this.limit = limit;
    this.sink = sink;
  }

  /** Takes a place for one frame; false when the queue is full. */
  boolean reserve() {
    if (pending.incrementAndGet() > limit) {
      pending.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Gives back a place that was reserved but not used. */
  void release() {
    pending.decrementAndGet();
  }

  /** Writes a frame into a place reserved before. */
  void write(ByteBuffer frame) {
    sink.write(frame, pending::decrementAndGet);
  }

  int pending() {
    return pending.get();
  }
}
