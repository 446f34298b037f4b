package chat.decentra.application.port.out;

import java.util.function.Function;

/** Running several port calls as one all-or-nothing unit. */
public interface TransactionPort {

  /**
   * Runs the work in one transaction and commits it, unless the work throws or asks for a rollback;
   * calls nested inside the work join the same transaction.
   */
  <T> T inTransaction(Function<Transaction, T> work);

  /** The running transaction. */
  interface Transaction {
    /** Discards everything the work wrote once it returns; its result is still returned. */
    void setRollbackOnly();
  }
}
