package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolePositionsTest {

  private static final GuildId GUILD = new GuildId(1);
  private static final Role EVERYONE = Role.everyone(GUILD, Permissions.none());

  private static Role role(long id, int position) {
    return new Role(new RoleId(id), GUILD, "r" + id, 0, position, Permissions.none(), false);
  }

  /** The names from the top of the hierarchy down, after applying the changes. */
  private static List<String> orderAfter(List<Role> roles, List<Role> changed) {
    Map<RoleId, Role> byId =
        roles.stream().collect(Collectors.toMap(Role::id, r -> r, (a, b) -> a));
    var next = new ArrayList<>(byId.values());
    changed.forEach(c -> next.replaceAll(r -> r.id().equals(c.id()) ? c : r));
    return next.stream()
        .filter(r -> !r.isEveryone())
        .sorted(Role.HIERARCHY.reversed())
        .map(Role::name)
        .toList();
  }

  @Test
  void movingUpShiftsThoseInBetweenDown() {
    var roles = List.of(EVERYONE, role(2, 1), role(3, 2), role(4, 3));

    List<Role> changed = RolePositions.move(roles, new RoleId(2), 3);

    assertThat(orderAfter(roles, changed)).containsExactly("r2", "r4", "r3");
    assertThat(changed).containsExactlyInAnyOrder(role(2, 3), role(3, 1), role(4, 2));
  }

  @Test
  void movingDownShiftsThoseInBetweenUp() {
    var roles = List.of(EVERYONE, role(2, 1), role(3, 2), role(4, 3));

    List<Role> changed = RolePositions.move(roles, new RoleId(4), 1);

    assertThat(orderAfter(roles, changed)).containsExactly("r3", "r2", "r4");
  }

  @Test
  void aNewRoleAtTheBottomPushesTheOthersUp() {
    // A new role is made at position 1 with the newest id, which ranks it below older ones there.
    var roles = List.of(EVERYONE, role(2, 1), role(3, 2), role(9, 1));

    List<Role> changed = RolePositions.move(roles, new RoleId(9), 1);

    assertThat(orderAfter(roles, changed)).containsExactly("r3", "r2", "r9");
    assertThat(changed).containsExactlyInAnyOrder(role(2, 2), role(3, 3));
  }

  @Test
  void positionsOutsideTheRangeAreClamped() {
    var roles = List.of(EVERYONE, role(2, 1), role(3, 2));

    assertThat(orderAfter(roles, RolePositions.move(roles, new RoleId(2), 99)))
        .containsExactly("r2", "r3");
    assertThat(orderAfter(roles, RolePositions.move(roles, new RoleId(3), -5)))
        .containsExactly("r2", "r3");
  }

  @Test
  void gapsAndTiesAreClosedUp() {
    var roles = List.of(EVERYONE, role(2, 4), role(3, 4), role(4, 10));

    List<Role> changed = RolePositions.move(roles, new RoleId(4), 3);

    assertThat(changed.stream().sorted(Comparator.comparing(Role::position)))
        .containsExactly(role(3, 1), role(2, 2), role(4, 3));
  }

  @Test
  void stayingPutChangesNothing() {
    var roles = List.of(EVERYONE, role(2, 1), role(3, 2));

    assertThat(RolePositions.move(roles, new RoleId(3), 2)).isEmpty();
  }

  @Test
  void everyoneCannotMove() {
    assertThatThrownBy(() -> RolePositions.move(List.of(EVERYONE), EVERYONE.id(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moved");
  }
}
