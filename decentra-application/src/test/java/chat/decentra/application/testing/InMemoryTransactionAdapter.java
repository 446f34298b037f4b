package chat.decentra.application.testing;

import chat.decentra.application.port.out.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Transactions over in-memory stores: one at a time (serializable by construction); a rollback puts
 * back the snapshots taken when the outermost transaction began.
 */
public final class InMemoryTransactionAdapter implements TransactionPort {

  private final ReentrantLock lock = new ReentrantLock();
  private final List<InMemoryStore> stores;
  private boolean rollbackOnly;

  InMemoryTransactionAdapter(List<InMemoryStore> stores) {
    this.stores = List.copyOf(stores);
  }

  @Override
  public <T> T inTransaction(Function<Transaction, T> work) {
    lock.lock();
    try {
      if (lock.getHoldCount() > 1) {
        // A nested call joins the outer transaction: a rollback here rolls back the whole.
        return work.apply(() -> rollbackOnly = true);
      }
      List<Object> snapshots = new ArrayList<>();
      stores.forEach(store -> snapshots.add(store.snapshot()));
      rollbackOnly = false;
      try {
        T result = work.apply(() -> rollbackOnly = true);
        if (rollbackOnly) {
          restore(snapshots);
        }
        return result;
      } catch (RuntimeException | Error failure) {
        restore(snapshots);
        throw failure;
      }
    } finally {
      lock.unlock();
    }
  }

  private void restore(List<Object> snapshots) {
    for (int i = 0; i < stores.size(); i++) {
      stores.get(i).restore(snapshots.get(i));
    }
  }
}
