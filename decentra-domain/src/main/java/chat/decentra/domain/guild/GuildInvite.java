package chat.decentra.domain.guild;

import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * An invitation to join a guild, known by its secret code.
 *
 * @param channelId the channel the newcomer lands in, when the invite names one
 */
public record GuildInvite(
    InviteCode code,
    GuildId guildId,
    Optional<ChannelId> channelId,
    UserId createdBy,
    Instant createdAt,
    Optional<Integer> maxUses,
    int uses,
    Optional<Instant> expiresAt,
    boolean revoked) {

  public GuildInvite {
    if (code == null || guildId == null || createdBy == null || createdAt == null) {
      throw new IllegalArgumentException("code, guildId, createdBy and createdAt are required");
    }
    if (channelId == null || maxUses == null || expiresAt == null) {
      throw new IllegalArgumentException(
          "channelId, maxUses and expiresAt must be present or empty");
    }
    if (uses < 0) {
      throw new IllegalArgumentException("uses must not be negative: " + uses);
    }
  }

  /** A fresh invite with the given limits. */
  public static GuildInvite create(
      InviteCode code,
      GuildId guild,
      Optional<ChannelId> channel,
      UserId createdBy,
      Instant now,
      InviteLimits limits) {
    return new GuildInvite(
        code,
        guild,
        channel,
        createdBy,
        now,
        limits.maxUses(),
        0,
        limits.maxAge().map(now::plus),
        false);
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

  /** The invite after someone joined through it. */
  public GuildInvite withOneMoreUse() {
    return new GuildInvite(
        code, guildId, channelId, createdBy, createdAt, maxUses, uses + 1, expiresAt, revoked);
  }

  /** The invite taken back: nobody can use it any more. */
  public GuildInvite asRevoked() {
    return new GuildInvite(
        code, guildId, channelId, createdBy, createdAt, maxUses, uses, expiresAt, true);
  }
}
