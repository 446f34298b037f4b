package chat.decentra.application.service.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.application.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class SnowflakeIdGeneratorTest {

  private static List<Long> take(SnowflakeIdGenerator ids, int count) {
    List<Long> taken = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      taken.add(ids.nextId());
    }
    return taken;
  }

  @Test
  void idsKeepRisingUnderAClockThatStandsStill() {
    var ids =
        new SnowflakeIdGenerator(
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), 1);

    // More than the 4096 ids that fit in one millisecond.
    List<Long> taken = take(ids, 10_000);

    assertThat(taken).isSorted().doesNotHaveDuplicates().allMatch(id -> id > 0);
  }

  @Test
  void idsKeepRisingWhenTheClockStepsBack() {
    var clock = MutableClock.standard();
    var ids = new SnowflakeIdGenerator(clock, 3);
    List<Long> taken = new ArrayList<>(take(ids, 100));

    clock.advance(Duration.ofSeconds(-10));
    taken.addAll(take(ids, 5000));
    clock.advance(Duration.ofSeconds(5));
    taken.addAll(take(ids, 100));
    clock.advance(Duration.ofSeconds(10));
    taken.addAll(take(ids, 100));

    assertThat(taken).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void idsRiseAsTimePasses() {
    var clock = MutableClock.standard();
    var ids = new SnowflakeIdGenerator(clock, 0);
    long first = ids.nextId();
    clock.advance(Duration.ofMillis(1));
    long second = ids.nextId();
    clock.advance(Duration.ofDays(365));
    long third = ids.nextId();

    assertThat(first).isLessThan(second);
    assertThat(second).isLessThan(third);
  }

  @Test
  void idsArePositiveEvenAtTheEpochAndBeforeIt() {
    var atEpoch =
        new SnowflakeIdGenerator(Clock.fixed(SnowflakeIdGenerator.EPOCH, ZoneOffset.UTC), 0);
    var beforeEpoch =
        new SnowflakeIdGenerator(
            Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC), 0);

    assertThat(atEpoch.nextId()).isPositive();
    assertThat(beforeEpoch.nextId()).isPositive();
    assertThat(take(beforeEpoch, 5000)).allMatch(id -> id > 0).isSorted();
  }

  @Test
  void idsFromDifferentNodesNeverCollide() {
    var clock = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
    Set<Long> all = new HashSet<>();
    int perNode = 5000;
    int[] nodes = {0, 1, 2, 512, SnowflakeIdGenerator.MAX_NODE};
    for (int node : nodes) {
      all.addAll(take(new SnowflakeIdGenerator(clock, node), perNode));
    }

    assertThat(all).hasSize(nodes.length * perNode);
  }

  @Test
  void timestampOfGivesTheMillisecondTheIdWasMade() {
    Instant when = Instant.parse("2026-11-28T12:34:56.789Z");
    var ids = new SnowflakeIdGenerator(Clock.fixed(when, ZoneOffset.UTC), 7);

    assertThat(SnowflakeIdGenerator.timestampOf(ids.nextId())).isEqualTo(when);
    assertThat(SnowflakeIdGenerator.timestampOf(ids.nextId())).isEqualTo(when);
  }

  @Test
  void timestampOfRoundTripsOnEveryNode() {
    Instant when = Instant.parse("2030-06-15T08:00:00.001Z");
    for (int node : new int[] {0, 1, SnowflakeIdGenerator.MAX_NODE}) {
      var ids = new SnowflakeIdGenerator(Clock.fixed(when, ZoneOffset.UTC), node);
      assertThat(SnowflakeIdGenerator.timestampOf(ids.nextId()))
          .as("node %d", node)
          .isEqualTo(when);
    }
  }

  @Test
  void timestampOfIgnoresSubMillisecondPrecision() {
    Instant when = Instant.parse("2026-11-28T12:00:00.123456789Z");
    var ids = new SnowflakeIdGenerator(Clock.fixed(when, ZoneOffset.UTC), 1);

    assertThat(SnowflakeIdGenerator.timestampOf(ids.nextId()))
        .isEqualTo(Instant.parse("2026-11-28T12:00:00.123Z"));
  }

  @Test
  void nodeNumberMustFitInTenBits() {
    var clock = Clock.systemUTC();
    assertThatThrownBy(() -> new SnowflakeIdGenerator(clock, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SnowflakeIdGenerator(clock, 1024))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentCallersGetDistinctIds() throws Exception {
    var ids =
        new SnowflakeIdGenerator(
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC), 5);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    int threads = 4;
    int each = 5000;
    var start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      start.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    }
                    for (int i = 0; i < each; i++) {
                      seen.add(ids.nextId());
                    }
                  }));
    }
    start.countDown();
    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(seen).hasSize(threads * each);
  }
}
