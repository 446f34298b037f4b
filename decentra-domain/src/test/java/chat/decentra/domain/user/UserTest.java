package chat.decentra.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.SessionId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static User alice() {
    return User.newcomer(new UserId(1), new Username("alice"), false, Optional.empty(), NOW);
  }

  @Test
  void newcomerHasOnlyAName() {
    User user =
        User.newcomer(new UserId(2), new Username("bob"), false, Optional.of(new UserId(1)), NOW);
    assertThat(user.displayName()).isEmpty();
    assertThat(user.avatar()).isEmpty();
    assertThat(user.customStatus()).isEmpty();
    assertThat(user.status()).isEqualTo(PresenceStatus.ONLINE);
    assertThat(user.admin()).isFalse();
    assertThat(user.invitedBy()).contains(new UserId(1));
    assertThat(user.createdAt()).isEqualTo(NOW);
  }

  @Test
  void visibleNameIsTheDisplayNameWhenSet() {
    assertThat(alice().visibleName()).isEqualTo("alice");
    assertThat(alice().withDisplayName(Optional.of("Alice L.")).visibleName())
        .isEqualTo("Alice L.");
  }

  @Test
  void changingOneFieldKeepsTheOthers() {
    User user =
        alice()
            .withDisplayName(Optional.of("Alice"))
            .withCustomStatus(Optional.of("busy"))
            .withStatus(PresenceStatus.DND)
            .withAvatar(Optional.of(new Avatar.Emoji("🦊")));
    assertThat(user.displayName()).contains("Alice");
    assertThat(user.customStatus()).contains("busy");
    assertThat(user.status()).isEqualTo(PresenceStatus.DND);
    assertThat(user.avatar()).contains(new Avatar.Emoji("🦊"));
    assertThat(user.username()).isEqualTo(new Username("alice"));
    assertThat(user.id()).isEqualTo(new UserId(1));
  }

  @Test
  void userCannotHoldAnInvalidDisplayNameOrStatus() {
    assertThatThrownBy(() -> alice().withDisplayName(Optional.of("a".repeat(33))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("displayName");
    assertThatThrownBy(() -> alice().withCustomStatus(Optional.of("x\u202Ey")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customStatus");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> alice().withStatus(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("status");
    assertThatThrownBy(() -> alice().withAvatar(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("avatar");
  }

  @Test
  void statusesTravelAsLowerCaseNames() {
    assertThat(PresenceStatus.DND.wireName()).isEqualTo("dnd");
    for (PresenceStatus status : PresenceStatus.values()) {
      assertThat(PresenceStatus.fromWireName(status.wireName())).contains(status);
    }
    assertThat(PresenceStatus.fromWireName("ONLINE")).isEmpty();
    assertThat(PresenceStatus.fromWireName("offline")).isEmpty();
    assertThat(PresenceStatus.fromWireName(null)).isEmpty();
  }

  @Test
  void revokedSessionsEventKeepsItsOwnCopy() {
    Set<SessionId> sessions = new HashSet<>(Set.of(new SessionId(1)));
    var event = new UserEvent.SessionsRevoked(new UserId(1), sessions);
    sessions.add(new SessionId(2));
    assertThat(event.sessions()).containsExactly(new SessionId(1));
    assertThat(new UserEvent.ProfileUpdated(alice()).userId()).isEqualTo(new UserId(1));
  }
}
