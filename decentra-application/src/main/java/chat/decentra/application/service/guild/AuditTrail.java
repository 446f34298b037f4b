package chat.decentra.application.service.guild;

import chat.decentra.application.port.out.GenerateIdPort;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import java.time.Clock;
import java.util.Optional;

/** Writes administrative actions to the guild's audit log, in the transaction that makes them. */
final class AuditTrail {

  private final AuditLogPort log;
  private final GenerateIdPort ids;
  private final Clock clock;

  AuditTrail(AuditLogPort log, GenerateIdPort ids, Clock clock) {
    this.log = log;
    this.ids = ids;
    this.clock = clock;
  }

  void record(ActingMember actor, AuditAction action, Object target) {
    record(actor, action, target, Optional.empty(), Optional.empty());
  }

  void record(
      ActingMember actor,
      AuditAction action,
      Object target,
      Optional<String> reason,
      Optional<String> detail) {
    log.insertAuditEntry(
        new AuditEntry(
            new AuditEntryId(ids.nextId()),
            actor.guildId(),
            actor.userId(),
            action,
            target.toString(),
            clock.instant(),
            reason,
            detail.map(AuditTrail::cut)));
  }

  /** Details are a note for people, so a long one is shortened rather than refused. */
  private static String cut(String detail) {
    if (detail.codePointCount(0, detail.length()) <= AuditEntry.DETAIL_MAX) {
      return detail;
    }
    return detail.substring(0, detail.offsetByCodePoints(0, AuditEntry.DETAIL_MAX - 1)) + "…";
  }
}
