package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.CheckDatabasePort;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jooq.DSLContext;

/**
 * Answers readiness probes with a {@code SELECT 1} that gives up after a short timeout, including
 * the wait for a connection; concurrent probes share one query.
 */
final class JooqDatabaseCheckAdapter implements CheckDatabasePort {

  private final DSLContext dsl;
  private final Duration timeout;
  private final Executor executor =
      Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("decentra-db-check").factory());
  private CompletableFuture<Boolean> running;

  JooqDatabaseCheckAdapter(DSLContext dsl, Duration timeout) {
    this.dsl = dsl;
    this.timeout = timeout;
  }

  @Override
  public boolean isReachable() {
    try {
      return currentCheck().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  private synchronized CompletableFuture<Boolean> currentCheck() {
    if (running == null || running.isDone()) {
      running = CompletableFuture.supplyAsync(this::selectOne, executor);
    }
    return running;
  }

  private boolean selectOne() {
    try {
      int seconds = (int) Math.max(1, timeout.toSeconds());
      return dsl.selectOne().queryTimeout(seconds).fetchOne() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
