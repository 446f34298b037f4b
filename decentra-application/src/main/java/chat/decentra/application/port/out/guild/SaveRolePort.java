package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.RoleId;

/** Writing roles. */
public interface SaveRolePort {

  void insertRole(Role role);

  /** Writes name, colour, position, permissions and hoisting. */
  void updateRole(Role role);

  /**
   * Deletes the role, takes it from every member who held it and drops the channel overwrites that
   * name it.
   */
  void deleteRole(RoleId id);
}
