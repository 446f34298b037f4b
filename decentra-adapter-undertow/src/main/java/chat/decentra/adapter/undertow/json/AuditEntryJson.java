package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.audit.AuditEntry;

/**
 * One entry of a guild's audit log on the wire (docs/api.md, "AuditEntry").
 *
 * @param targetId the target's id, or an invite's code; what it identifies follows from the action
 * @param detail a short note of what changed, where the action has one
 */
public record AuditEntryJson(
    String id,
    String actorId,
    String action,
    String targetId,
    String reason,
    String detail,
    String createdAt) {

  public static AuditEntryJson of(AuditEntry entry) {
    return new AuditEntryJson(
        entry.id().toString(),
        entry.actorId().toString(),
        entry.action().wireName(),
        entry.targetId(),
        entry.reason().orElse(null),
        entry.detail().orElse(null),
        Times.iso(entry.at()));
  }
}
