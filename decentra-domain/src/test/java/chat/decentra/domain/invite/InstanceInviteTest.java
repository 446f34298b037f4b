package chat.decentra.domain.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstanceInviteTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final InviteCode CODE = new InviteCode("abcdefghijklmnopqrstuv");
  private static final UserId ADMIN = new UserId(1);

  private static InstanceInvite invite(
      Optional<Integer> maxUses, int uses, Optional<Instant> expiresAt, boolean revoked) {
    return new InstanceInvite(CODE, ADMIN, NOW, maxUses, uses, expiresAt, revoked);
  }

  @Test
  void freshInviteHasNoUsesAndExpiresAfterItsMaxAge() {
    var invite =
        InstanceInvite.create(
            CODE, ADMIN, NOW, new InviteLimits(Optional.of(3), Optional.of(Duration.ofHours(2))));
    assertThat(invite.uses()).isZero();
    assertThat(invite.revoked()).isFalse();
    assertThat(invite.createdBy()).isEqualTo(ADMIN);
    assertThat(invite.createdAt()).isEqualTo(NOW);
    assertThat(invite.maxUses()).contains(3);
    assertThat(invite.expiresAt()).contains(NOW.plus(Duration.ofHours(2)));
    assertThat(invite.stateAt(NOW)).isEqualTo(InviteState.USABLE);
  }

  @Test
  void inviteWithoutLimitsNeverExpiresNorRunsOut() {
    var invite = InstanceInvite.create(CODE, ADMIN, NOW, InviteLimits.none());
    assertThat(invite.expiresAt()).isEmpty();
    var muchUsed = invite(Optional.empty(), 1_000_000, Optional.empty(), false);
    assertThat(muchUsed.stateAt(NOW.plus(Duration.ofDays(3650)))).isEqualTo(InviteState.USABLE);
  }

  @Test
  void inviteIsUsableUntilJustBeforeItsExpiry() {
    var invite = invite(Optional.empty(), 0, Optional.of(NOW.plusSeconds(60)), false);
    assertThat(invite.stateAt(NOW.plusSeconds(60).minusNanos(1))).isEqualTo(InviteState.USABLE);
  }

  @Test
  void inviteIsExpiredExactlyAtItsExpiry() {
    var invite = invite(Optional.empty(), 0, Optional.of(NOW.plusSeconds(60)), false);
    assertThat(invite.stateAt(NOW.plusSeconds(60))).isEqualTo(InviteState.EXPIRED);
    assertThat(invite.stateAt(NOW.plusSeconds(3600))).isEqualTo(InviteState.EXPIRED);
  }

  @Test
  void inviteIsUsedUpWhenItsUsesReachTheMaximum() {
    assertThat(invite(Optional.of(2), 1, Optional.empty(), false).stateAt(NOW))
        .isEqualTo(InviteState.USABLE);
    assertThat(invite(Optional.of(2), 2, Optional.empty(), false).stateAt(NOW))
        .isEqualTo(InviteState.USED_UP);
    assertThat(invite(Optional.of(2), 3, Optional.empty(), false).stateAt(NOW))
        .isEqualTo(InviteState.USED_UP);
  }

  @Test
  void revokedWinsOverExpiredAndUsedUp() {
    var invite = invite(Optional.of(1), 1, Optional.of(NOW.minusSeconds(1)), true);
    assertThat(invite.stateAt(NOW)).isEqualTo(InviteState.REVOKED);
    assertThat(invite(Optional.empty(), 0, Optional.empty(), true).stateAt(NOW))
        .isEqualTo(InviteState.REVOKED);
  }

  @Test
  void expiredWinsOverUsedUp() {
    var invite = invite(Optional.of(1), 1, Optional.of(NOW), false);
    assertThat(invite.stateAt(NOW)).isEqualTo(InviteState.EXPIRED);
  }

  @Test
  void inviteCannotBeMadeWithMissingPartsOrNegativeUses() {
    assertThatThrownBy(
            () ->
                new InstanceInvite(null, ADMIN, NOW, Optional.empty(), 0, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InstanceInvite(CODE, ADMIN, NOW, null, 0, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invite(Optional.empty(), -1, Optional.empty(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uses");
  }
}
