package chat.decentra.domain.invite;

import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** An invitation to create an account on this instance. */
public record InstanceInvite(
    InviteCode code,
    UserId createdBy,
    Instant createdAt,
    Optional<Integer> maxUses,
    int uses,
    Optional<Instant> expiresAt,
    boolean revoked) {

  public InstanceInvite {
    if (code == null || createdBy == null || createdAt == null) {
      throw new IllegalArgumentException("code, createdBy and createdAt are required");
    }
    if (maxUses == null || expiresAt == null) {
      throw new IllegalArgumentException("maxUses and expiresAt must be present or empty");
    }
    if (uses < 0) {
      throw new IllegalArgumentException("uses must not be negative: " + uses);
    }
  }

  /** A fresh invite with the given limits. */
  public static InstanceInvite create(
      InviteCode code, UserId createdBy, Instant now, InviteLimits limits) {
    return new InstanceInvite(
        code, createdBy, now, limits.maxUses(), 0, limits.maxAge().map(now::plus), false);
  }

  /** Whether the invite can let one more person in at {@code now}, and if not, why. */
  public InviteState stateAt(Instant now) {
    if (revoked) {
      return InviteState.REVOKED;
    }
    if (expiresAt.isPresent() && !now.isBefore(expiresAt.get())) {
      return InviteState.EXPIRED;
    }
    if (maxUses.isPresent() && uses >= maxUses.get()) {
      return InviteState.USED_UP;
    }
    return InviteState.USABLE;
  }
}
