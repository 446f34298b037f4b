package chat.decentra.application.port.out;

import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** The instance's own state: who its admin is and the admin's settings. */
public interface InstanceStatePort {

  /**
   * Makes the user the admin if the instance has none yet; true for exactly one caller even when
   * many race on an empty instance.
   */
  boolean claimAdmin(UserId user);

  Optional<UserId> admin();

  boolean membersCanInvite();

  void setMembersCanInvite(boolean allowed);

  /**
   * Whether a server invite also lets a newcomer create an account; true unless the admin said no.
   */
  boolean guildInvitesAllowSignUp();

  void setGuildInvitesAllowSignUp(boolean allowed);
}
