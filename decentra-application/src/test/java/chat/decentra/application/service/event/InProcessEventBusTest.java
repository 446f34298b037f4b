package chat.decentra.application.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.testing.RecordingEvents;
import chat.decentra.domain.event.DomainEvent;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.UserEvent;
import chat.decentra.domain.user.UserId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InProcessEventBusTest {

  private static final DomainEvent FIRST =
      new UserEvent.SessionsRevoked(new UserId(1), Set.of(new SessionId(10)));
  private static final DomainEvent SECOND =
      new UserEvent.SessionsRevoked(new UserId(2), Set.of(new SessionId(20)));

  private final InProcessEventBus bus = new InProcessEventBus();

  @Test
  void everySubscriberHearsEveryEventInOrder() {
    var one = new RecordingEvents();
    var two = new RecordingEvents();
    bus.subscribe(one);
    bus.subscribe(two);

    bus.publish(FIRST);
    bus.publish(SECOND);

    assertThat(one.all()).containsExactly(FIRST, SECOND);
    assertThat(two.all()).containsExactly(FIRST, SECOND);
  }

  @Test
  void publishingWithoutSubscribersIsFine() {
    bus.publish(FIRST);
  }

  @Test
  void subscriberHearsNothingPublishedBeforeItJoined() {
    bus.publish(FIRST);
    var late = new RecordingEvents();
    bus.subscribe(late);

    bus.publish(SECOND);

    assertThat(late.all()).containsExactly(SECOND);
  }

  @Test
  void closedSubscriptionHearsNoMore() {
    var leaving = new RecordingEvents();
    var staying = new RecordingEvents();
    var subscription = bus.subscribe(leaving);
    bus.subscribe(staying);
    bus.publish(FIRST);

    subscription.close();
    bus.publish(SECOND);

    assertThat(leaving.all()).containsExactly(FIRST);
    assertThat(staying.all()).containsExactly(FIRST, SECOND);
  }

  @Test
  void closingTwiceIsHarmless() {
    var subscription = bus.subscribe(new RecordingEvents());
    var staying = new RecordingEvents();
    bus.subscribe(staying);

    subscription.close();
    subscription.close();
    bus.publish(FIRST);

    assertThat(staying.all()).containsExactly(FIRST);
  }

  @Test
  void throwingSubscriberDoesNotStopTheOthers() {
    var before = new RecordingEvents();
    var after = new RecordingEvents();
    bus.subscribe(before);
    bus.subscribe(
        event -> {
          throw new IllegalStateException("a broken listener, thrown on purpose by this test");
        });
    bus.subscribe(after);

    bus.publish(FIRST);
    bus.publish(SECOND);

    assertThat(before.all()).containsExactly(FIRST, SECOND);
    assertThat(after.all()).containsExactly(FIRST, SECOND);
  }

  @Test
  void subscriberMayUnsubscribeWhileHearingAnEvent() {
    var other = new RecordingEvents();
    var heard = new RecordingEvents();
    var holder = new AtomicReference<AutoCloseable>();
    holder.set(
        bus.subscribe(
            event -> {
              heard.accept(event);
              try {
                holder.get().close();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            }));
    bus.subscribe(other);

    bus.publish(FIRST);
    bus.publish(SECOND);

    assertThat(heard.all()).containsExactly(FIRST);
    assertThat(other.all()).containsExactly(FIRST, SECOND);
  }
}
