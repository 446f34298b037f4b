package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.event.DomainEvent;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.id.GuildId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GuildWorkTest {

  private static final GuildEvent EVENT = new GuildEvent.GuildDeleted(new GuildId(1));

  private final List<String> log = new ArrayList<>();
  private final List<DomainEvent> published = new ArrayList<>();

  private final TransactionPort transactions =
      new TransactionPort() {
        @Override
        public <T> T inTransaction(Function<Transaction, T> work) {
          log.add("begin");
          try {
            T result = work.apply(() -> log.add("rollback-only"));
            log.add("commit");
            return result;
          } catch (RuntimeException failure) {
            log.add("rollback");
            throw failure;
          }
        }
      };

  private final GuildWork work =
      new GuildWork(
          transactions,
          event -> {
            log.add("publish");
            published.add(event);
          });

  @Test
  void eventsArePublishedAfterTheTransactionReturns() {
    String result =
        work.run(
            changes -> {
              changes.publish(EVENT);
              log.add("work");
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(log).containsExactly("begin", "work", "commit", "publish");
    assertThat(published).containsExactly(EVENT);
  }

  @Test
  void aFailedTransactionPublishesNothing() {
    assertThatThrownBy(
            () ->
                work.run(
                    changes -> {
                      changes.publish(EVENT);
                      throw new IllegalStateException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(published).isEmpty();
    assertThat(log).containsExactly("begin", "rollback");
  }

  @Test
  void aRolledBackChangePublishesNothing() {
    work.run(
        changes -> {
          changes.publish(EVENT);
          changes.rollback();
          return "undone";
        });

    assertThat(published).isEmpty();
    assertThat(log).containsExactly("begin", "rollback-only", "commit");
  }
}
