package chat.decentra.application.port.in.instance;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteLimits;
import java.util.List;

/** Creating, listing and revoking invitations to the instance. */
public interface ManageInstanceInvitesUseCase {

  CreateResult create(Caller caller, InviteLimits limits);

  /** All invites for the admin; one's own for everyone else. Newest first. */
  List<InstanceInvite> list(Caller caller);

  RevokeResult revoke(Caller caller, String code);

  sealed interface CreateResult {}

  record Created(InstanceInvite invite) implements CreateResult {}

  record CreateForbidden() implements CreateResult {}

  sealed interface RevokeResult {}

  record Revoked() implements RevokeResult {}

  /** No such invite, or one the caller may not see. */
  record NotFound() implements RevokeResult {}
}
