package chat.decentra.adapter.undertow.ws;

import chat.decentra.domain.id.GuildId;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the gateway's work for each guild one task at a time, in the order it was handed in, on the
 * shared executor: so that the events of one guild reach every socket in the order they were
 * published, while different guilds proceed side by side. Guilds are spread over a fixed number of
 * lanes; two guilds in one lane merely wait for each other.
 */
final class GuildLanes {

  private static final System.Logger LOG = System.getLogger(GuildLanes.class.getName());

  /** Tasks one lane runs before it gives its thread back, so that busy lanes share the executor. */
  private static final int BATCH = 64;

  private final Lane[] lanes;

  GuildLanes(Executor executor, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    lanes = new Lane[count];
    for (int i = 0; i < count; i++) {
      lanes[i] = new Lane(executor);
    }
  }

  /** Queues the task behind the guild's earlier ones; returns at once. */
  void execute(GuildId guild, Runnable task) {
    laneOf(guild).execute(new Task(task, () -> {}));
  }

  /**
   * Queues work behind the guild's earlier tasks and completes with its result, or with the
   * executor's refusal when it is shutting down.
   */
  <T> CompletableFuture<T> submit(GuildId guild, Supplier<T> work) {
    var result = new CompletableFuture<T>();
    Runnable run =
        () -> {
          try {
            result.complete(work.get());
          } catch (RuntimeException failure) {
            result.completeExceptionally(failure);
          }
        };
    laneOf(guild)
        .execute(
            new Task(
                run,
                () ->
                    result.completeExceptionally(
                        new RejectedExecutionException("the executor is shutting down"))));
    return result;
  }

  private Lane laneOf(GuildId guild) {
    // Ids are time-ordered: mix the bits, so that guilds made one after another spread out.
    return lanes[Math.floorMod(Long.hashCode(guild.value() * 0x9E3779B97F4A7C15L), lanes.length)];
  }

  /** A task, and what to do instead when it can never run. */
  private record Task(Runnable run, Runnable abandon) {}

  private static final class Lane {

    private final Executor executor;
    private final ConcurrentLinkedQueue<Task> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Lane(Executor executor) {
      this.executor = executor;
    }

    void execute(Task task) {
      tasks.add(task);
      schedule();
    }

    private void schedule() {
      if (!scheduled.compareAndSet(false, true)) {
        return;
      }
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException shuttingDown) {
        // Nobody is left to run them: the server is stopping and its sockets are closing.
        scheduled.set(false);
        Task task;
        while ((task = tasks.poll()) != null) {
          task.abandon().run();
        }
        LOG.log(Level.WARNING, "gateway events dropped: the executor refused them");
      }
    }

    private void drain() {
      try {
        for (int i = 0; i < BATCH; i++) {
          Task task = tasks.poll();
          if (task == null) {
            break;
          }
          run(task.run());
        }
      } finally {
        scheduled.set(false);
        if (!tasks.isEmpty()) {
          schedule();
        }
      }
    }

    /** One broken task must not keep the guild's later events from the sockets. */
    private static void run(Runnable task) {
      try {
        task.run();
      } catch (RuntimeException bug) {
        LOG.log(Level.ERROR, "gateway event routing failed", bug);
      }
    }
  }
}
