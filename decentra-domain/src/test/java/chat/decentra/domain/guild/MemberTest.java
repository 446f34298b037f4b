package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final GuildId GUILD = new GuildId(1);
  private static final UserId ALICE = new UserId(2);

  @Test
  void aNewcomerHasNoNicknameAndNoRoles() {
    Member member = Member.joined(GUILD, ALICE, NOW);

    assertThat(member.nickname()).isEmpty();
    assertThat(member.roleIds()).isEmpty();
    assertThat(member.joinedAt()).isEqualTo(NOW);
  }

  @Test
  void rolesComeAndGo() {
    Member member =
        Member.joined(GUILD, ALICE, NOW).withRole(new RoleId(5)).withRole(new RoleId(6));

    assertThat(member.roleIds()).containsExactlyInAnyOrder(new RoleId(5), new RoleId(6));
    assertThat(member.hasRole(new RoleId(5))).isTrue();
    assertThat(member.withoutRole(new RoleId(5)).roleIds()).containsExactly(new RoleId(6));
  }

  @Test
  void everyoneIsImplicitAndNeverListed() {
    assertThatThrownBy(() -> Member.joined(GUILD, ALICE, NOW).withRole(RoleId.everyone(GUILD)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("roleIds");
  }

  @Test
  void roleIdsAreCopied() {
    var roles = new HashSet<RoleId>();
    var member = new Member(GUILD, ALICE, Optional.empty(), roles, NOW);
    roles.add(new RoleId(5));

    assertThat(member.roleIds()).isEmpty();
  }

  @Test
  void nicknamesAreTrimmedAndOneToThirtyTwoCharacters() {
    assertThat(Member.normalizeNickname("  Al ")).contains("Al");
    assertThat(Member.normalizeNickname("n".repeat(32))).isPresent();
    assertThat(Member.normalizeNickname("n".repeat(33))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "a\u0000", "x\u202Dy"})
  void badNicknamesAreRefused(String nickname) {
    assertThat(Member.normalizeNickname(nickname)).isEmpty();
    assertThatThrownBy(() -> Member.joined(GUILD, ALICE, NOW).withNickname(Optional.of(nickname)))
        .hasMessageContaining("nickname");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> new Member(GUILD, null, Optional.empty(), Set.of(), NOW))
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> new Member(GUILD, ALICE, null, Set.of(), NOW))
        .hasMessageContaining("nickname");
    assertThatThrownBy(() -> new Member(GUILD, ALICE, Optional.empty(), null, NOW))
        .hasMessageContaining("roleIds");
    assertThatThrownBy(() -> new Member(GUILD, ALICE, Optional.empty(), Set.of(), null))
        .hasMessageContaining("joinedAt");
  }
}
