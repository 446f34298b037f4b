package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.TransactionPort;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Transactions over the in-memory guild tables: one at a time (serializable by construction); a
 * rollback puts back the snapshot taken when the outermost transaction began.
 */
public final class InMemoryGuildTransactionAdapter implements TransactionPort {

  private final ReentrantLock lock = new ReentrantLock();
  private final GuildTables tables;
  private int committed;
  private int rolledBack;

  InMemoryGuildTransactionAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public <T> T inTransaction(Function<Transaction, T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        return work.apply(
            () -> {
              throw new IllegalStateException("rollback of a nested transaction is not supported");
            });
      }
      GuildTables.Snapshot snapshot = tables.snapshot();
      boolean[] rollbackOnly = {false};
      try {
        T result = work.apply(() -> rollbackOnly[0] = true);
        if (rollbackOnly[0]) {
          tables.restore(snapshot);
          rolledBack++;
        } else {
          committed++;
        }
        return result;
      } catch (RuntimeException | Error failure) {
        tables.restore(snapshot);
        rolledBack++;
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  /** How many outermost transactions committed. */
  public int committed() {
    lock.lock();
    try {
      return committed;
    } finally {
      lock.unlock();
    }
  }

  /** How many outermost transactions were rolled back. */
  public int rolledBack() {
    lock.lock();
    try {
      return rolledBack;
    } finally {
      lock.unlock();
    }
  }
}
