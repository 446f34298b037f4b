package chat.decentra.application.port.out.guild;

import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import java.util.List;

/** Reading roles. */
public interface LoadRolePort {

  /** Every role of the guild, {@code @everyone} included, from the lowest rank to the highest. */
  List<Role> listRoles(GuildId guild);
}
