package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.PASSWORD_HASH;
import static chat.decentra.application.port.out.contract.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.user.UserId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What callers rely on from every adapter of {@link TransactionPort}, observed through the user
 * ports that run inside its transactions.
 */
public abstract class TransactionPortContractTest {

  /** The adapter under test and ports of the same store whose writes it must govern. */
  public record Subject(TransactionPort transactions, LoadUserPort load, SaveUserPort save) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private TransactionPort transactions;
  private LoadUserPort load;
  private SaveUserPort save;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    transactions = subject.transactions();
    load = subject.load();
    save = subject.save();
  }

  private boolean exists(long id) {
    return load.loadUser(new UserId(id)).isPresent();
  }

  @Test
  void workIsCommittedAndItsResultReturned() {
    String result =
        transactions.inTransaction(
            tx -> {
              save.insertUser(user(1, "alice"), PASSWORD_HASH);
              save.insertUser(user(2, "bob"), PASSWORD_HASH);
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(exists(1)).isTrue();
    assertThat(exists(2)).isTrue();
  }

  @Test
  void workSeesItsOwnWrites() {
    boolean seen =
        transactions.inTransaction(
            tx -> {
              save.insertUser(user(1, "alice"), PASSWORD_HASH);
              return exists(1);
            });

    assertThat(seen).isTrue();
  }

  @Test
  void rollbackOnlyDiscardsTheWritesButReturnsTheResult() {
    String result =
        transactions.inTransaction(
            tx -> {
              save.insertUser(user(1, "alice"), PASSWORD_HASH);
              tx.setRollbackOnly();
              save.insertUser(user(2, "bob"), PASSWORD_HASH);
              return "rolled back";
            });

    assertThat(result).isEqualTo("rolled back");
    assertThat(exists(1)).isFalse();
    assertThat(exists(2)).isFalse();
  }

  @Test
  void exceptionRollsBackAndReachesTheCaller() {
    var failure = new IllegalStateException("work failed");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    tx -> {
                      save.insertUser(user(1, "alice"), PASSWORD_HASH);
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(exists(1)).isFalse();
  }

  @Test
  void nestedCallJoinsTheOuterTransaction() {
    transactions.inTransaction(
        outer -> {
          save.insertUser(user(1, "alice"), PASSWORD_HASH);
          boolean innerSeesOuter =
              transactions.inTransaction(
                  inner -> {
                    save.insertUser(user(2, "bob"), PASSWORD_HASH);
                    return exists(1);
                  });
          assertThat(innerSeesOuter).isTrue();
          outer.setRollbackOnly();
          return null;
        });

    assertThat(exists(1)).isFalse();
    assertThat(exists(2)).isFalse();
  }

  @Test
  void rollbackOnlyInANestedCallRollsBackTheWhole() {
    String result =
        transactions.inTransaction(
            outer -> {
              save.insertUser(user(1, "alice"), PASSWORD_HASH);
              transactions.inTransaction(
                  inner -> {
                    save.insertUser(user(2, "bob"), PASSWORD_HASH);
                    inner.setRollbackOnly();
                    return null;
                  });
              save.insertUser(user(3, "carol"), PASSWORD_HASH);
              return "outer result";
            });

    assertThat(result).isEqualTo("outer result");
    assertThat(exists(1)).isFalse();
    assertThat(exists(2)).isFalse();
    assertThat(exists(3)).isFalse();
  }

  @Test
  void exceptionFromANestedCallRollsBackTheWhole() {
    var failure = new IllegalArgumentException("inner failed");

    assertThatThrownBy(
            () ->
                transactions.inTransaction(
                    outer -> {
                      save.insertUser(user(1, "alice"), PASSWORD_HASH);
                      return transactions.inTransaction(
                          inner -> {
                            save.insertUser(user(2, "bob"), PASSWORD_HASH);
                            throw failure;
                          });
                    }))
        .isSameAs(failure);

    assertThat(exists(1)).isFalse();
    assertThat(exists(2)).isFalse();
  }

  @Test
  void refusedDuplicateUsernameLeavesTheTransactionUsable() {
    save.insertUser(user(1, "alice"), PASSWORD_HASH);

    transactions.inTransaction(
        tx -> {
          save.insertUser(user(2, "bob"), PASSWORD_HASH);
          assertThat(save.insertUser(user(3, "ALICE"), PASSWORD_HASH)).isFalse();
          save.insertUser(user(4, "carol"), PASSWORD_HASH);
          return null;
        });

    assertThat(exists(2)).isTrue();
    assertThat(exists(3)).isFalse();
    assertThat(exists(4)).isTrue();
  }

  @Test
  void insertRacingAnUncommittedOneWithTheSameNameIsRefused() throws Exception {
    var raceStarted = new CountDownLatch(1);
    ExecutorService racer = Executors.newSingleThreadExecutor();
    try {
      Future<Boolean> second =
          transactions.inTransaction(
              tx -> {
                save.insertUser(user(1, "alice"), PASSWORD_HASH);
                Future<Boolean> race =
                    racer.submit(
                        () -> {
                          raceStarted.countDown();
                          return save.insertUser(user(2, "Alice"), PASSWORD_HASH);
                        });
                awaitQuietly(raceStarted);
                // Give the racing insert time to reach the store before this one commits.
                sleepQuietly(200);
                return race;
              });

      assertThat(second.get(30, TimeUnit.SECONDS)).isFalse();
    } finally {
      racer.shutdownNow();
    }
    assertThat(exists(1)).isTrue();
    assertThat(exists(2)).isFalse();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void transactionsFollowOneAnother() {
    transactions.inTransaction(
        tx -> {
          save.insertUser(user(1, "alice"), PASSWORD_HASH);
          tx.setRollbackOnly();
          return null;
        });
    transactions.inTransaction(
        tx -> {
          save.insertUser(user(2, "bob"), PASSWORD_HASH);
          return null;
        });

    assertThat(exists(1)).isFalse();
    assertThat(exists(2)).isTrue();
  }
}
