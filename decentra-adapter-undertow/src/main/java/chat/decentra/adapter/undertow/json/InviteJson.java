package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.invite.InstanceInvite;

/** An instance invite on the wire (docs/api.md, "Invite"). */
public record InviteJson(
    String code,
    String url,
    String createdBy,
    String createdAt,
    Integer maxUses,
    int uses,
    String expiresAt,
    boolean revoked) {

  /**
   * @param baseUrl scheme, host and port that invite links start with, without a trailing slash
   */
  public static InviteJson of(InstanceInvite invite, String baseUrl) {
    return new InviteJson(
        invite.code().value(),
        baseUrl + "/invite/" + invite.code().value(),
        invite.createdBy().toString(),
        Times.iso(invite.createdAt()),
        invite.maxUses().orElse(null),
        invite.uses(),
        invite.expiresAt().map(Times::iso).orElse(null),
        invite.revoked());
  }
}
