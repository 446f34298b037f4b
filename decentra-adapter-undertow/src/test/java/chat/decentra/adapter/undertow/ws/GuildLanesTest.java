package chat.decentra.adapter.undertow.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.id.GuildId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuildLanesTest {

  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void eachGuildsTasksRunOneAtATimeInTheOrderHandedIn() throws Exception {
    var lanes = new GuildLanes(executor, 3);
    Map<GuildId, List<Integer>> seen = new ConcurrentHashMap<>();
    var guilds = List.of(new GuildId(1), new GuildId(2), new GuildId(4), new GuildId(7));
    for (int i = 0; i < 1000; i++) {
      int n = i;
      for (GuildId guild : guilds) {
        lanes.execute(guild, () -> seen.computeIfAbsent(guild, g -> new ArrayList<>()).add(n));
      }
    }
    for (GuildId guild : guilds) {
      lanes.submit(guild, () -> true).get(5, TimeUnit.SECONDS);
      List<Integer> order = seen.get(guild);
      assertThat(order).hasSize(1000);
      for (int i = 0; i < 1000; i++) {
        assertThat(order.get(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void aFailingTaskDoesNotStopTheOnesBehindIt() throws Exception {
    var lanes = new GuildLanes(executor, 1);
    GuildId guild = new GuildId(5);
    lanes.execute(
        guild,
        () -> {
          throw new IllegalStateException("broken routing");
        });
    assertThat(lanes.submit(guild, () -> "still running").get(5, TimeUnit.SECONDS))
        .isEqualTo("still running");
    var failed =
        lanes.submit(
            guild,
            () -> {
              throw new IllegalStateException("failed work");
            });
    assertThat(failed).failsWithin(5, TimeUnit.SECONDS);
  }

  @Test
  void workRefusedByAStoppedExecutorFailsInsteadOfHanging() {
    executor.shutdownNow();
    var lanes = new GuildLanes(executor, 2);
    lanes.execute(new GuildId(3), () -> {});
    assertThat(lanes.submit(new GuildId(3), () -> 1))
        .failsWithin(1, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(RejectedExecutionException.class);
  }
}
