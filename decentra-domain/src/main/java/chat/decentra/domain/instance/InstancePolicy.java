package chat.decentra.domain.instance;

import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.user.User;

/** Who may do what with the instance's own settings and invites. */
public final class InstancePolicy {

  private InstancePolicy() {}

  /** The admin always; everyone else when the admin allows members to invite. */
  public static boolean mayCreateInvite(User user, boolean membersCanInvite) {
    return user.admin() || membersCanInvite;
  }

  /** The admin, or the person who created the invite. */
  public static boolean mayRevoke(User user, InstanceInvite invite) {
    return user.admin() || invite.createdBy().equals(user.id());
  }

  /** Only the admin changes instance settings. */
  public static boolean mayChangeSettings(User user) {
    return user.admin();
  }
}
