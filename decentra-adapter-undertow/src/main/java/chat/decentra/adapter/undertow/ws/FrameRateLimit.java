package chat.decentra.adapter.undertow.ws;

/**
 * At most {@code limit} frames in any window of the given length: remembers when the last {@code
 * limit} frames came. Used from one thread only.
 */
final class FrameRateLimit {

  private final long[] arrivals;
  private final long windowNanos;
  private int next;
  private int count;

  FrameRateLimit(int limit, long windowNanos) {
    this.arrivals = new long[limit];
    this.windowNanos = windowNanos;
  }

  /** Counts a frame arriving at {@code now}; false when it is one too many. */
  boolean tryAcquire(long now) {
    if (count == arrivals.length) {
      long oldest = arrivals[next];
      if (now - oldest < windowNanos) {
        return false;
      }
    } else {
      count++;
    }
    arrivals[next] = now;
    next = (next + 1) % arrivals.length;
    return true;
  }
}
