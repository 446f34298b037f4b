package chat.decentra.domain.permission;

import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;

/** Whom a channel's permission overwrite applies to: a role or a single member. */
public sealed interface OverwriteTarget {

  /** Everyone holding the role; the {@code @everyone} role's id targets every member. */
  record ForRole(RoleId roleId) implements OverwriteTarget {
    public ForRole {
      if (roleId == null) {
        throw new IllegalArgumentException("roleId is required");
      }
    }
  }

  /** One member. */
  record ForMember(UserId userId) implements OverwriteTarget {
    public ForMember {
      if (userId == null) {
        throw new IllegalArgumentException("userId is required");
      }
    }
  }
}
