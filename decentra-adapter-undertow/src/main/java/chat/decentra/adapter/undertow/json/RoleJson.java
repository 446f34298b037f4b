package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.guild.Role;
import java.util.List;

/**
 * A role on the wire (docs/api.md, "Role").
 *
 * @param everyone true for the guild's {@code @everyone} role, whose id is the guild's
 * @param hoist whether members with this role are listed apart
 */
public record RoleJson(
    String id,
    String name,
    int colour,
    int position,
    List<String> permissions,
    boolean everyone,
    boolean hoist) {

  public static RoleJson of(Role role) {
    return new RoleJson(
        role.id().toString(),
        role.name(),
        role.colour(),
        role.position(),
        PermissionNames.of(role.permissions()),
        role.isEveryone(),
        role.hoist());
  }
}
