package chat.decentra.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Shared values and helpers of the port contract tests. */
final class Fixtures {

  /**
   * A fixed point in time with whole milliseconds: databases keep microseconds at best, so the
   * contract asks for no finer precision than that.
   */
  static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123Z");

  static final String PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";

  private Fixtures() {}

  static User user(long id, String username) {
    return User.newcomer(new UserId(id), new Username(username), false, Optional.empty(), T0);
  }

  /** Inserts a plain user and returns its id, for rows that must belong to someone. */
  static UserId givenUser(SaveUserPort users, long id, String username) {
    assertThat(users.insertUser(user(id, username), PASSWORD_HASH)).isTrue();
    return new UserId(id);
  }

  /** A lower-case hex string of 64 characters, as a SHA-256 token hash is stored. */
  static String tokenHash(long n) {
    return String.format("%064x", n);
  }

  /**
   * Runs the task on {@code threads} threads released at the same moment and returns each result in
   * thread order.
   */
  static <T> List<T> runConcurrently(int threads, IntFunction<T> task)
      throws InterruptedException, ExecutionException, TimeoutException {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.apply(index);
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }
}
