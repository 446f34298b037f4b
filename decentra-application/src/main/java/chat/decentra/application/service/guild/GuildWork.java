package chat.decentra.application.service.guild;

import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.guild.GuildEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a guild change in one transaction and publishes its events once the transaction has
 * returned, so that nobody hears of a change that was not committed.
 */
final class GuildWork {

  private final TransactionPort transactions;
  private final PublishEventPort events;

  GuildWork(TransactionPort transactions, PublishEventPort events) {
    this.transactions = transactions;
    this.events = events;
  }

  <R> R run(Function<Changes, R> work) {
    var changes = new Changes();
    R result =
        transactions.inTransaction(
            tx -> {
              R outcome = work.apply(changes);
              if (changes.rolledBack) {
                tx.setRollbackOnly();
              }
              return outcome;
            });
    if (!changes.rolledBack) {
      changes.pending.forEach(events::publish);
    }
    return result;
  }

  /** The events of one change, held until it commits. */
  static final class Changes {

    private final List<GuildEvent> pending = new ArrayList<>();
    private boolean rolledBack;

    void publish(GuildEvent event) {
      pending.add(event);
    }

    /** Discards everything written so far, and the events with it. */
    void rollback() {
      rolledBack = true;
    }
  }
}
