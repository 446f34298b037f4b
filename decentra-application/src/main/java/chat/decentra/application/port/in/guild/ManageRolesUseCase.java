package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permissions;
import java.util.Optional;

/**
 * Creating, changing and deleting roles. Needs manage roles; one manages only roles below one's
 * highest, and grants only permissions one holds.
 */
public interface ManageRolesUseCase {

  CreateResult create(CreateCommand command);

  UpdateResult update(UpdateCommand command);

  DeleteResult delete(Caller caller, GuildId guild, RoleId role);

  /** A new role starts at the bottom of the hierarchy, just above {@code @everyone}. */
  record CreateCommand(
      Caller caller,
      GuildId guildId,
      String name,
      int colour,
      Permissions permissions,
      boolean hoist) {
    public CreateCommand {
      if (caller == null || guildId == null || permissions == null) {
        throw new IllegalArgumentException("caller, guildId and permissions are required");
      }
    }
  }

  /**
   * Each empty field is kept. {@code @everyone} takes new permissions and colour only.
   *
   * @param position the new rank, from 1 (lowest); the others close up around it
   */
  record UpdateCommand(
      Caller caller,
      GuildId guildId,
      RoleId roleId,
      Optional<String> name,
      Optional<Integer> colour,
      Optional<Permissions> permissions,
      Optional<Boolean> hoist,
      Optional<Integer> position) {
    public UpdateCommand {
      if (caller == null || guildId == null || roleId == null) {
        throw new IllegalArgumentException("caller, guildId and roleId are required");
      }
      if (name == null || colour == null || permissions == null) {
        throw new IllegalArgumentException("name, colour and permissions are required");
      }
      if (hoist == null || position == null) {
        throw new IllegalArgumentException("hoist and position are required");
      }
    }
  }

  sealed interface CreateResult {}

  sealed interface UpdateResult {}

  sealed interface DeleteResult {}

  record Created(Role role) implements CreateResult {}

  record Updated(Role role) implements UpdateResult {}

  record Deleted() implements DeleteResult {}

  record NotFound() implements CreateResult, UpdateResult, DeleteResult {}

  /**
   * Without manage roles, the role is not below the caller, the permissions are more than the
   * caller holds, or the position is not below the caller's own.
   */
  record Forbidden() implements CreateResult, UpdateResult, DeleteResult {}

  /** No such role in this guild, or {@code @everyone}, which cannot be deleted. */
  record RoleNotFound() implements UpdateResult, DeleteResult {}

  record InvalidName() implements CreateResult, UpdateResult {}

  record InvalidColour() implements CreateResult, UpdateResult {}

  /** Below 1, or any position for {@code @everyone}. */
  record InvalidPosition() implements UpdateResult {}

  record TooManyRoles() implements CreateResult {}
}
