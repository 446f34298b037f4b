package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

  private static final GuildId GUILD = new GuildId(1);

  private static Role role(long id, int position) {
    return new Role(new RoleId(id), GUILD, "r" + id, 0, position, Permissions.none(), false);
  }

  @Test
  void everyoneHasTheGuildsIdAndPositionZero() {
    Role everyone = Role.everyone(GUILD, Role.DEFAULT_EVERYONE_PERMISSIONS);

    assertThat(everyone.id()).isEqualTo(new RoleId(1));
    assertThat(everyone.isEveryone()).isTrue();
    assertThat(everyone.position()).isZero();
    assertThat(everyone.name()).isEqualTo("@everyone");
    assertThat(role(2, 1).isEveryone()).isFalse();
  }

  @Test
  void everyoneCannotBeRenamedOrMoved() {
    Role everyone = Role.everyone(GUILD, Permissions.none());

    assertThatThrownBy(() -> everyone.withName("Members")).hasMessageContaining("name");
    assertThatThrownBy(() -> everyone.withPosition(1)).hasMessageContaining("position");
    assertThat(everyone.withPermissions(Permissions.of(Permission.SPEAK)).permissions())
        .isEqualTo(Permissions.of(Permission.SPEAK));
  }

  @Test
  void otherRolesSitAtPositionOneOrAbove() {
    assertThatThrownBy(() -> role(2, 0)).hasMessageContaining("position");
    assertThat(role(2, 1).withPosition(9).position()).isEqualTo(9);
  }

  @Test
  void defaultEveryonePermissionsLetPeopleTakePartButNotAdminister() {
    assertThat(Role.DEFAULT_EVERYONE_PERMISSIONS.asSet())
        .contains(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES, Permission.CONNECT)
        .doesNotContain(
            Permission.ADMINISTRATOR,
            Permission.MANAGE_GUILD,
            Permission.MANAGE_ROLES,
            Permission.MANAGE_CHANNELS,
            Permission.KICK_MEMBERS,
            Permission.BAN_MEMBERS,
            Permission.VIEW_AUDIT_LOG);
  }

  @Test
  void namesAreTrimmedAndOneToHundredCharacters() {
    assertThat(Role.normalizeName(" Moderators ")).contains("Moderators");
    assertThat(Role.normalizeName("m".repeat(100))).isPresent();
    assertThat(Role.normalizeName("m".repeat(101))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "@everyone", "@Everyone", "@here", "a\u0000b", "a\u2066b"})
  void misleadingOrBrokenNamesAreRefused(String name) {
    assertThat(Role.normalizeName(name)).isEmpty();
  }

  @Test
  void coloursAreTwentyFourBits() {
    assertThat(Role.isValidColour(0)).isTrue();
    assertThat(Role.isValidColour(0xFFFFFF)).isTrue();
    assertThat(Role.isValidColour(0x1000000)).isFalse();
    assertThat(Role.isValidColour(-1)).isFalse();
    assertThatThrownBy(() -> role(2, 1).withColour(-1)).hasMessageContaining("colour");
  }

  @Test
  void hierarchyRanksByPositionThenOlderFirst() {
    Role everyone = Role.everyone(GUILD, Permissions.none());
    Role low = role(5, 1);
    Role olderTwin = role(6, 2);
    Role newerTwin = role(7, 2);
    Role top = role(2, 3);

    assertThat(List.of(top, newerTwin, everyone, olderTwin, low).stream().sorted(Role.HIERARCHY))
        .containsExactly(everyone, low, newerTwin, olderTwin, top);
  }

  @Test
  void changingOneFieldKeepsTheOthers() {
    Role role =
        role(2, 1)
            .withName("Mods")
            .withColour(0x336699)
            .withHoist(true)
            .withPermissions(Permissions.of(Permission.KICK_MEMBERS));

    assertThat(role)
        .isEqualTo(
            new Role(
                new RoleId(2),
                GUILD,
                "Mods",
                0x336699,
                1,
                Permissions.of(Permission.KICK_MEMBERS),
                true));
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> new Role(null, GUILD, "x", 0, 1, Permissions.none(), false))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> new Role(new RoleId(2), GUILD, "x", 0, 1, null, false))
        .hasMessageContaining("permissions");
  }
}
