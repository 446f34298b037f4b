package chat.decentra.application.service.instance;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.instance.ManageInstanceInvitesUseCase;
import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.application.service.account.SessionTokens;
import chat.decentra.domain.instance.InstancePolicy;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import java.time.Clock;
import java.util.List;

/** Invitations to the instance: who may make them, list them and take them back. */
public final class InstanceInviteService implements ManageInstanceInvitesUseCase {

  /** 16 random bytes: 128 bits, 22 characters of base64url. */
  private static final int CODE_BYTES = 16;

  private final InstanceInvitePort invites;
  private final InstanceStatePort state;
  private final Clock clock;

  public InstanceInviteService(InstanceInvitePort invites, InstanceStatePort state, Clock clock) {
    this.invites = invites;
    this.state = state;
    this.clock = clock;
  }

  @Override
  public CreateResult create(Caller caller, InviteLimits limits) {
    if (!InstancePolicy.mayCreateInvite(caller.user(), state.membersCanInvite())) {
      return new CreateForbidden();
    }
    var code = new InviteCode(SessionTokens.randomBase64Url(CODE_BYTES));
    var invite = InstanceInvite.create(code, caller.user().id(), clock.instant(), limits);
    invites.insertInvite(invite);
    return new Created(invite);
  }

  @Override
  public List<InstanceInvite> list(Caller caller) {
    return caller.user().admin()
        ? invites.listInvites()
        : invites.listInvitesBy(caller.user().id());
  }

  @Override
  public RevokeResult revoke(Caller caller, String code) {
    if (!InviteCode.isWellFormed(code)) {
      return new NotFound();
    }
    var found = invites.findInvite(new InviteCode(code));
    if (found.isEmpty()) {
      return new NotFound();
    }
    InstanceInvite invite = found.get();
    if (!InstancePolicy.mayRevoke(caller.user(), invite)) {
      // Someone else's invite is none of the caller's business: it does not exist for them.
      return new NotFound();
    }
    invites.updateInvite(
        new InstanceInvite(
            invite.code(),
            invite.createdBy(),
            invite.createdAt(),
            invite.maxUses(),
            invite.uses(),
            invite.expiresAt(),
            true));
    return new Revoked();
  }
}
