package chat.decentra.adapter.undertow.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per key (a client network): {@code capacity} attempts at once, refilled evenly
 * over {@code period}. Buckets that have refilled completely are forgotten from time to time, so
 * memory follows the number of recently active clients.
 */
final class AttemptLimiter {

  private static final int SWEEP_EVERY = 1024;

  private final int capacity;
  private final long nanosPerToken;
  private final LongSupplier nanoClock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong attempts = new AtomicLong();

  AttemptLimiter(int capacity, Duration period, LongSupplier nanoClock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
    this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
    this.nanoClock = nanoClock;
  }

  /** Takes one attempt for the key; empty when allowed, else how long until the next is. */
  Optional<Duration> tryAcquire(String key) {
    long now = nanoClock.getAsLong();
    if (attempts.incrementAndGet() % SWEEP_EVERY == 0) {
      buckets.values().removeIf(bucket -> bucket.isFullAt(now));
    }
    return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
  }

  int trackedKeys() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens = capacity;
    private long updatedAt;

    Bucket(long now) {
      this.updatedAt = now;
    }

    synchronized Optional<Duration> take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken)));
    }

    synchronized boolean isFullAt(long now) {
      refill(now);
      return tokens >= capacity;
    }

    private void refill(long now) {
      long elapsed = now - updatedAt;
      if (elapsed > 0) {
        tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
        updatedAt = now;
      }
    }
  }
}
