package chat.decentra.application.port.out;

import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Invitations to the instance. */
public interface InstanceInvitePort {

  void insertInvite(InstanceInvite invite);

  Optional<InstanceInvite> findInvite(InviteCode code);

  /**
   * The invite, locked until the end of the current transaction, so that two people cannot take its
   * last use at once.
   */
  Optional<InstanceInvite> findInviteForUpdate(InviteCode code);

  /** Writes uses and the revoked flag. */
  void updateInvite(InstanceInvite invite);

  /** Newest first. */
  List<InstanceInvite> listInvites();

  /** Newest first. */
  List<InstanceInvite> listInvitesBy(UserId creator);
}
