package chat.decentra.domain.instance;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstancePolicyTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final User ADMIN =
      User.newcomer(new UserId(1), new Username("admin"), true, Optional.empty(), NOW);
  private static final User ALICE =
      User.newcomer(new UserId(2), new Username("alice"), false, Optional.of(ADMIN.id()), NOW);
  private static final User BOB =
      User.newcomer(new UserId(3), new Username("bob"), false, Optional.of(ADMIN.id()), NOW);

  private static InstanceInvite inviteBy(User creator) {
    return InstanceInvite.create(
        new InviteCode("abcdefghijklmnopqrstuv"), creator.id(), NOW, InviteLimits.none());
  }

  @Test
  void adminMayAlwaysInvite() {
    assertThat(InstancePolicy.mayCreateInvite(ADMIN, false)).isTrue();
    assertThat(InstancePolicy.mayCreateInvite(ADMIN, true)).isTrue();
  }

  @Test
  void memberMayInviteOnlyWhenTheAdminAllowsIt() {
    assertThat(InstancePolicy.mayCreateInvite(ALICE, false)).isFalse();
    assertThat(InstancePolicy.mayCreateInvite(ALICE, true)).isTrue();
  }

  @Test
  void creatorAndAdminMayRevokeAnInvite() {
    assertThat(InstancePolicy.mayRevoke(ALICE, inviteBy(ALICE))).isTrue();
    assertThat(InstancePolicy.mayRevoke(ADMIN, inviteBy(ALICE))).isTrue();
  }

  @Test
  void otherMemberMayNotRevokeAnInvite() {
    assertThat(InstancePolicy.mayRevoke(BOB, inviteBy(ALICE))).isFalse();
    assertThat(InstancePolicy.mayRevoke(BOB, inviteBy(ADMIN))).isFalse();
  }

  @Test
  void onlyTheAdminChangesSettings() {
    assertThat(InstancePolicy.mayChangeSettings(ADMIN)).isTrue();
    assertThat(InstancePolicy.mayChangeSettings(ALICE)).isFalse();
  }
}
