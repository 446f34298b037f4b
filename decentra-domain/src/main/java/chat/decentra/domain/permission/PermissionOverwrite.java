package chat.decentra.domain.permission;

/**
 * A channel's exception to the guild-wide permissions of a role or member: what it adds and what it
 * takes away there.
 *
 * @param allow permissions granted in the channel; only channel-scoped ones
 * @param deny permissions taken away in the channel; only channel-scoped ones, none also allowed
 */
public record PermissionOverwrite(OverwriteTarget target, Permissions allow, Permissions deny) {

  public PermissionOverwrite {
    if (target == null || allow == null || deny == null) {
      throw new IllegalArgumentException("target, allow and deny are required");
    }
    if (!isValid(allow, deny)) {
      throw new IllegalArgumentException(
          "allow and deny must hold channel permissions only and share none");
    }
  }

  /**
   * True when both sets hold only permissions that apply to a channel and no permission is both
   * allowed and denied.
   */
  public static boolean isValid(Permissions allow, Permissions deny) {
    if (allow == null || deny == null) {
      return false;
    }
    Permissions channel = Permissions.channelScoped();
    return channel.containsAll(allow)
        && channel.containsAll(deny)
        && allow.intersect(deny).isEmpty();
  }

  /**
   * Applies this overwrite to permissions: first what it denies goes, then what it allows comes.
   */
  public Permissions applyTo(Permissions permissions) {
    return permissions.minus(deny).plus(allow);
  }
}
