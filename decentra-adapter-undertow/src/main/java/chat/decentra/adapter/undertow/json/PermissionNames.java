package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Permissions on the wire: arrays of lower-case names such as {@code view_channel}. */
public final class PermissionNames {

  private PermissionNames() {}

  /** The names of the permissions, in the order of their bits. */
  public static List<String> of(Permissions permissions) {
    var names = new ArrayList<String>();
    for (Permission permission : Permission.values()) {
      if (permissions.has(permission)) {
        names.add(permission.wireName());
      }
    }
    return names;
  }

  /** The permissions the names stand for (repeats are harmless); empty when one is unknown. */
  public static Optional<Permissions> parse(Collection<String> names) {
    EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
    for (String name : names) {
      Optional<Permission> permission = Permission.fromWireName(name);
      if (permission.isEmpty()) {
        return Optional.empty();
      }
      permissions.add(permission.get());
    }
    return Optional.of(Permissions.of(permissions));
  }
}
