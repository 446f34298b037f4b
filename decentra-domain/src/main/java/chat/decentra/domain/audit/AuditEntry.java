package chat.decentra.domain.audit;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.text.Text;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * One administrative action in a guild: who did what to which target, when, and why.
 *
 * @param targetId the target's id or code in its wire form; {@link AuditAction#targetKind()} says
 *     what it identifies
 * @param reason why, as the actor gave it
 * @param detail a short note of what changed, where the action defines one
 */
public record AuditEntry(
    AuditEntryId id,
    GuildId guildId,
    UserId actorId,
    AuditAction action,
    String targetId,
    Instant at,
    Optional<String> reason,
    Optional<String> detail) {

  public static final int REASON_MAX = 512;
  public static final int DETAIL_MAX = 256;
  public static final int TARGET_ID_MAX = 64;

  public AuditEntry {
    if (id == null || guildId == null || actorId == null || action == null || at == null) {
      throw new IllegalArgumentException("id, guildId, actorId, action and at are required");
    }
    if (targetId == null || targetId.isBlank() || targetId.length() > TARGET_ID_MAX) {
      throw new IllegalArgumentException("targetId must be 1-64 characters: " + targetId);
    }
    if (reason == null || detail == null) {
      throw new IllegalArgumentException("reason and detail must be present or empty");
    }
    reason.ifPresent(
        text -> {
          if (!isValidReason(text)) {
            throw new IllegalArgumentException("reason is not 1-512 characters without controls");
          }
        });
    detail.ifPresent(
        text -> {
          if (!Text.isPlainLine(text, 1, DETAIL_MAX)) {
            throw new IllegalArgumentException("detail is not 1-256 characters without controls");
          }
        });
  }

  /** True for a reason of 1–512 characters, not blank, without control characters. */
  public static boolean isValidReason(String reason) {
    return Text.isPlainLine(reason, 1, REASON_MAX);
  }
}
