package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuildInviteTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final InviteCode CODE = new InviteCode("abcdefghijklmnopqrstuv");

  private static GuildInvite invite(InviteLimits limits) {
    return GuildInvite.create(
        CODE, new GuildId(1), Optional.of(new ChannelId(5)), new UserId(2), NOW, limits);
  }

  @Test
  void aFreshInviteIsUnusedAndUsable() {
    GuildInvite invite = invite(InviteLimits.none());

    assertThat(invite.uses()).isZero();
    assertThat(invite.revoked()).isFalse();
    assertThat(invite.expiresAt()).isEmpty();
    assertThat(invite.channelId()).contains(new ChannelId(5));
    assertThat(invite.stateAt(NOW.plus(Duration.ofDays(3650)))).isEqualTo(InviteState.USABLE);
  }

  @Test
  void itExpiresAtItsMaxAge() {
    GuildInvite invite =
        invite(new InviteLimits(Optional.empty(), Optional.of(Duration.ofHours(1))));

    assertThat(invite.expiresAt()).contains(NOW.plus(Duration.ofHours(1)));
    assertThat(invite.stateAt(NOW.plus(Duration.ofMinutes(59)))).isEqualTo(InviteState.USABLE);
    assertThat(invite.stateAt(NOW.plus(Duration.ofHours(1)))).isEqualTo(InviteState.EXPIRED);
  }

  @Test
  void itIsUsedUpAfterMaxUses() {
    GuildInvite invite = invite(new InviteLimits(Optional.of(2), Optional.empty()));

    assertThat(invite.withOneMoreUse().stateAt(NOW)).isEqualTo(InviteState.USABLE);
    assertThat(invite.withOneMoreUse().withOneMoreUse().stateAt(NOW))
        .isEqualTo(InviteState.USED_UP);
  }

  @Test
  void revokedWinsOverEverythingElse() {
    GuildInvite invite =
        invite(new InviteLimits(Optional.of(1), Optional.of(Duration.ofMinutes(1))))
            .withOneMoreUse()
            .asRevoked();

    assertThat(invite.stateAt(NOW.plus(Duration.ofDays(1)))).isEqualTo(InviteState.REVOKED);
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(
            () ->
                new GuildInvite(
                    CODE,
                    null,
                    Optional.empty(),
                    new UserId(2),
                    NOW,
                    Optional.empty(),
                    0,
                    Optional.empty(),
                    false))
        .hasMessageContaining("guildId");
    assertThatThrownBy(
            () ->
                new GuildInvite(
                    CODE,
                    new GuildId(1),
                    Optional.empty(),
                    new UserId(2),
                    NOW,
                    Optional.empty(),
                    -1,
                    Optional.empty(),
                    false))
        .hasMessageContaining("uses");
  }
}
