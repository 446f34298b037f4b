package chat.decentra.adapter.jooq;

import chat.decentra.adapter.jooq.schema.tables.records.ChannelOverwritesRecord;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;

/** How a channel's permission overwrite is stored: the target as a kind and an id, two masks. */
final class Overwrites {

  /** {@code target_kind} of an overwrite for a role, {@code @everyone} included. */
  static final String ROLE = "role";

  /** {@code target_kind} of an overwrite for one member. */
  static final String MEMBER = "member";

  private Overwrites() {}

  static String kind(OverwriteTarget target) {
    return switch (target) {
      case OverwriteTarget.ForRole role -> ROLE;
      case OverwriteTarget.ForMember member -> MEMBER;
    };
  }

  static long targetId(OverwriteTarget target) {
    return switch (target) {
      case OverwriteTarget.ForRole role -> role.roleId().value();
      case OverwriteTarget.ForMember member -> member.userId().value();
    };
  }

  static PermissionOverwrite toOverwrite(ChannelOverwritesRecord r) {
    return new PermissionOverwrite(
        target(r.getTargetKind(), r.getTargetId()),
        new Permissions(r.getAllowBits()),
        new Permissions(r.getDenyBits()));
  }

  private static OverwriteTarget target(String kind, long id) {
    return switch (kind) {
      case ROLE -> new OverwriteTarget.ForRole(new RoleId(id));
      case MEMBER -> new OverwriteTarget.ForMember(new UserId(id));
      default ->
          throw new IllegalStateException("unknown target kind in channel_overwrites: " + kind);
    };
  }
}
