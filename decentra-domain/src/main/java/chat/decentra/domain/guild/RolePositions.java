package chat.decentra.domain.guild;

import chat.decentra.domain.id.RoleId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Keeps the positions of a guild's roles (other than {@code @everyone}) at 1, 2, 3… in hierarchy
 * order when one of them moves.
 */
public final class RolePositions {

  private RolePositions() {}

  /**
   * Moves a role to a position and closes up the others.
   *
   * @param roles all roles of one guild, {@code @everyone} included or not
   * @param moved the role to move; it must be among {@code roles} and not be {@code @everyone}
   * @param position the wanted position, clamped to 1 and the number of roles
   * @return every role whose position changed, with its new position, the moved one included
   */
  public static List<Role> move(Collection<Role> roles, RoleId moved, int position) {
    List<Role> ranked =
        new ArrayList<>(
            roles.stream().filter(r -> !r.isEveryone()).sorted(Role.HIERARCHY).toList());
    Role role =
        ranked.stream()
            .filter(r -> r.id().equals(moved))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("moved is not a movable role: " + moved));
    ranked.remove(role);
    int index = Math.clamp(position - 1L, 0, ranked.size());
    ranked.add(index, role);
    List<Role> changed = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      Role current = ranked.get(i);
      if (current.position() != i + 1) {
        changed.add(current.withPosition(i + 1));
      }
    }
    return List.copyOf(changed);
  }
}
