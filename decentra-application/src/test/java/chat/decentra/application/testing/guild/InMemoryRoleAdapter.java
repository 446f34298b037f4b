package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveRolePort;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import java.util.List;

/** Roles in a map, for service tests. */
public final class InMemoryRoleAdapter implements LoadRolePort, SaveRolePort {

  private final GuildTables tables;

  InMemoryRoleAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public List<Role> listRoles(GuildId guild) {
    synchronized (tables) {
      return tables.roles.values().stream()
          .filter(r -> r.guildId().equals(guild))
          .sorted(Role.HIERARCHY)
          .toList();
    }
  }

  @Override
  public void insertRole(Role role) {
    synchronized (tables) {
      if (!tables.guilds.containsKey(role.guildId())) {
        throw new IllegalStateException("no guild " + role.guildId());
      }
      tables.roles.put(role.id(), role);
    }
  }

  @Override
  public void updateRole(Role role) {
    synchronized (tables) {
      tables.roles.replace(role.id(), role);
    }
  }

  @Override
  public void deleteRole(RoleId id) {
    synchronized (tables) {
      tables.roles.remove(id);
      tables.members.replaceAll((key, member) -> member.withoutRole(id));
      var target = new OverwriteTarget.ForRole(id);
      tables.channels.replaceAll((key, channel) -> channel.withoutOverwrite(target));
    }
  }
}
