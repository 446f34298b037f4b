package chat.decentra.domain.invite;

/** Whether an invite can still be used. */
public enum InviteState {
  USABLE,
  EXPIRED,
  USED_UP,
  REVOKED
}
