package chat.decentra.adapter.undertow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AttemptLimiter limiter = new AttemptLimiter(10, Duration.ofMinutes(1), now::get);

  private void advance(Duration duration) {
    now.addAndGet(duration.toNanos());
  }

  @Test
  void aBurstOfTheCapacityIsAllowedThenTheNextWaitsForOneRefill() {
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    }
    assertThat(limiter.tryAcquire("203.0.113.7")).contains(Duration.ofSeconds(6));
  }

  @Test
  void tokensComeBackEvenly() {
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("203.0.113.7");
    }
    advance(Duration.ofSeconds(4));
    assertThat(limiter.tryAcquire("203.0.113.7").orElseThrow())
        .isBetween(Duration.ofMillis(1999), Duration.ofMillis(2001));
    advance(Duration.ofSeconds(2));
    assertThat(limiter.tryAcquire("203.0.113.7")).isEmpty();
    assertThat(limiter.tryAcquire("203.0.113.7")).isPresent();
  }

  @Test
  void clientsHaveTheirOwnBuckets() {
    for (int i = 0; i < 10; i++) {
      limiter.tryAcquire("203.0.113.7");
    }
    assertThat(limiter.tryAcquire("198.51.100.1")).isEmpty();
  }

  @Test
  void refilledBucketsAreForgotten() {
    for (int i = 0; i < 2000; i++) {
      limiter.tryAcquire("client-" + i);
    }
    advance(Duration.ofMinutes(2));
    for (int i = 0; i < 2048; i++) {
      limiter.tryAcquire("later");
    }
    assertThat(limiter.trackedKeys()).isLessThan(10);
  }
}
