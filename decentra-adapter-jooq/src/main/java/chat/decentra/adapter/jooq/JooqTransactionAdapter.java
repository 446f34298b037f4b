package chat.decentra.adapter.jooq;

import chat.decentra.application.port.out.TransactionPort;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Transactions on the thread's connection: the adapters' context uses jOOQ's thread-local
 * transaction provider, so every port called inside the work runs in the same transaction.
 */
final class JooqTransactionAdapter implements TransactionPort {

  private final DSLContext dsl;
  private final ThreadLocal<RunningTransaction> current = new ThreadLocal<>();

  JooqTransactionAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public <T> T inTransaction(Function<Transaction, T> work) {
    RunningTransaction running = current.get();
    if (running != null) {
      return work.apply(running);
    }
    var transaction = new RunningTransaction();
    var result = new AtomicReference<T>();
    current.set(transaction);
    try {
      dsl.transaction(
          () -> {
            result.set(work.apply(transaction));
            if (transaction.rollbackOnly) {
              throw new RollbackRequested();
            }
          });
    } catch (RollbackRequested expected) {
      // jOOQ has rolled back; the work's result still goes to the caller.
    } finally {
      current.remove();
    }
    return result.get();
  }

  private static final class RunningTransaction implements Transaction {
    private boolean rollbackOnly;

    @Override
    public void setRollbackOnly() {
      rollbackOnly = true;
    }
  }

  /** Makes jOOQ roll back when the work asked for it; never leaves this class. */
  private static final class RollbackRequested extends RuntimeException {
    RollbackRequested() {
      super("rollback requested", null, false, false);
    }
  }
}
