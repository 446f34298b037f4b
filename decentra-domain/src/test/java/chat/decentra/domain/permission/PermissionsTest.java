package chat.decentra.domain.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionsTest {

  /** Stored and sent masks depend on these: this table may grow, but never change. */
  private static final Map<Permission, Integer> FIXED_BITS = new LinkedHashMap<>();

  static {
    FIXED_BITS.put(Permission.CREATE_INVITE, 0);
    FIXED_BITS.put(Permission.KICK_MEMBERS, 1);
    FIXED_BITS.put(Permission.BAN_MEMBERS, 2);
    FIXED_BITS.put(Permission.ADMINISTRATOR, 3);
    FIXED_BITS.put(Permission.MANAGE_CHANNELS, 4);
    FIXED_BITS.put(Permission.MANAGE_GUILD, 5);
    FIXED_BITS.put(Permission.VIEW_AUDIT_LOG, 7);
    FIXED_BITS.put(Permission.VIDEO, 9);
    FIXED_BITS.put(Permission.VIEW_CHANNEL, 10);
    FIXED_BITS.put(Permission.SEND_MESSAGES, 11);
    FIXED_BITS.put(Permission.MANAGE_MESSAGES, 13);
    FIXED_BITS.put(Permission.EMBED_LINKS, 14);
    FIXED_BITS.put(Permission.ATTACH_FILES, 15);
    FIXED_BITS.put(Permission.READ_MESSAGE_HISTORY, 16);
    FIXED_BITS.put(Permission.MENTION_EVERYONE, 17);
    FIXED_BITS.put(Permission.CONNECT, 20);
    FIXED_BITS.put(Permission.SPEAK, 21);
    FIXED_BITS.put(Permission.MUTE_MEMBERS, 22);
    FIXED_BITS.put(Permission.DEAFEN_MEMBERS, 23);
    FIXED_BITS.put(Permission.MOVE_MEMBERS, 24);
    FIXED_BITS.put(Permission.CHANGE_NICKNAME, 26);
    FIXED_BITS.put(Permission.MANAGE_NICKNAMES, 27);
    FIXED_BITS.put(Permission.MANAGE_ROLES, 28);
  }

  @Test
  void everyPermissionKeepsItsBitForever() {
    assertThat(FIXED_BITS.keySet()).containsExactlyInAnyOrder(Permission.values());
    FIXED_BITS.forEach(
        (permission, bit) -> {
          assertThat(permission.bit()).as(permission.name()).isEqualTo(bit);
          assertThat(permission.mask()).isEqualTo(1L << bit);
        });
  }

  @Test
  void noTwoPermissionsShareABit() {
    assertThat(Arrays.stream(Permission.values()).map(Permission::bit).collect(Collectors.toSet()))
        .hasSize(Permission.values().length);
    assertThat(Arrays.stream(Permission.values()).allMatch(p -> p.bit() >= 0 && p.bit() < 64))
        .isTrue();
  }

  @Test
  void guildOnlyPermissionsCannotBeOverwrittenInAChannel() {
    assertThat(Permissions.channelScoped().asSet())
        .doesNotContain(
            Permission.ADMINISTRATOR,
            Permission.MANAGE_GUILD,
            Permission.KICK_MEMBERS,
            Permission.BAN_MEMBERS,
            Permission.VIEW_AUDIT_LOG,
            Permission.CHANGE_NICKNAME,
            Permission.MANAGE_NICKNAMES)
        .contains(
            Permission.VIEW_CHANNEL,
            Permission.SEND_MESSAGES,
            Permission.CONNECT,
            Permission.MANAGE_ROLES,
            Permission.MANAGE_CHANNELS,
            Permission.CREATE_INVITE);
  }

  @Test
  void bitsRoundTrip() {
    var set = Permissions.of(Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES);

    assertThat(set.bits()).isEqualTo((1L << 10) | (1L << 11));
    assertThat(new Permissions(set.bits())).isEqualTo(set);
    assertThat(Permissions.of(set.asSet())).isEqualTo(set);
  }

  @Test
  void allHoldsEveryPermissionAndNoneHoldsNothing() {
    assertThat(Permissions.all().asSet()).isEqualTo(EnumSet.allOf(Permission.class));
    assertThat(Permissions.none().asSet()).isEmpty();
    assertThat(Permissions.none().isEmpty()).isTrue();
  }

  @Test
  void unknownBitsAreRefused() {
    assertThat(Permissions.isValid(1L << 6)).isFalse();
    assertThat(Permissions.isValid(1L << 63)).isFalse();
    assertThat(Permissions.isValid(-1L)).isFalse();
    assertThat(Permissions.isValid(Permissions.KNOWN_BITS)).isTrue();
    assertThatThrownBy(() -> new Permissions(1L << 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bits");
  }

  @Test
  void setAlgebra() {
    var a = Permissions.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS);
    var b = Permissions.of(Permission.BAN_MEMBERS, Permission.MANAGE_ROLES);

    assertThat(a.plus(b).asSet())
        .containsExactlyInAnyOrder(
            Permission.KICK_MEMBERS, Permission.BAN_MEMBERS, Permission.MANAGE_ROLES);
    assertThat(a.minus(b).asSet()).containsExactly(Permission.KICK_MEMBERS);
    assertThat(a.intersect(b).asSet()).containsExactly(Permission.BAN_MEMBERS);
    assertThat(a.containsAll(Permissions.of(Permission.KICK_MEMBERS))).isTrue();
    assertThat(a.containsAll(b)).isFalse();
    assertThat(a.with(Permission.SPEAK).has(Permission.SPEAK)).isTrue();
    assertThat(a.without(Permission.KICK_MEMBERS).has(Permission.KICK_MEMBERS)).isFalse();
    assertThat(a).hasToString("[KICK_MEMBERS,BAN_MEMBERS]");
  }

  @Test
  void wireNamesAreLowerCase() {
    assertThat(Permission.VIEW_CHANNEL.wireName()).isEqualTo("view_channel");
    assertThat(Permission.fromWireName("manage_roles")).contains(Permission.MANAGE_ROLES);
    assertThat(Permission.fromWireName("MANAGE_ROLES")).isEmpty();
  }
}
