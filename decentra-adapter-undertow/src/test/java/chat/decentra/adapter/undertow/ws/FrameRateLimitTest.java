package chat.decentra.adapter.undertow.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameRateLimitTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void theLimitHoldsForAnyWindow() {
    var limit = new FrameRateLimit(3, 60 * SECOND);
    assertThat(limit.tryAcquire(0)).isTrue();
    assertThat(limit.tryAcquire(10 * SECOND)).isTrue();
    assertThat(limit.tryAcquire(20 * SECOND)).isTrue();
    assertThat(limit.tryAcquire(59 * SECOND)).isFalse();
    assertThat(limit.tryAcquire(60 * SECOND)).isTrue();
    assertThat(limit.tryAcquire(65 * SECOND)).isFalse();
    assertThat(limit.tryAcquire(70 * SECOND)).isTrue();
  }
}
