package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AUDIT_LOG;

import chat.decentra.adapter.jooq.schema.tables.records.AuditLogRecord;
import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Each guild's audit log in the {@code audit_log} table, read newest first. */
final class JooqAuditLogAdapter implements AuditLogPort {

  private static final Map<String, AuditAction> ACTIONS =
      Arrays.stream(AuditAction.values())
          .collect(Collectors.toUnmodifiableMap(AuditAction::wireName, Function.identity()));

  private final DSLContext dsl;

  JooqAuditLogAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insertAuditEntry(AuditEntry entry) {
    dsl.insertInto(AUDIT_LOG)
        .set(AUDIT_LOG.ID, entry.id().value())
        .set(AUDIT_LOG.GUILD_ID, entry.guildId().value())
        .set(AUDIT_LOG.ACTOR_ID, entry.actorId().value())
        .set(AUDIT_LOG.ACTION, entry.action().wireName())
        .set(AUDIT_LOG.TARGET_ID, entry.targetId())
        .set(AUDIT_LOG.CREATED_AT, entry.at())
        .set(AUDIT_LOG.REASON, entry.reason().orElse(null))
        .set(AUDIT_LOG.DETAIL, entry.detail().orElse(null))
        .execute();
  }

  @Override
  public List<AuditEntry> listAuditEntries(
      GuildId guild, Optional<AuditEntryId> before, int limit) {
    return dsl.selectFrom(AUDIT_LOG)
        .where(AUDIT_LOG.GUILD_ID.eq(guild.value()))
        .and(before.map(id -> AUDIT_LOG.ID.lt(id.value())).orElse(DSL.noCondition()))
        .orderBy(AUDIT_LOG.ID.desc())
        .limit(limit)
        .fetch(JooqAuditLogAdapter::toEntry);
  }

  private static AuditEntry toEntry(AuditLogRecord r) {
    String action = r.getAction();
    return new AuditEntry(
        new AuditEntryId(r.getId()),
        new GuildId(r.getGuildId()),
        new UserId(r.getActorId()),
        Optional.ofNullable(ACTIONS.get(action))
            .orElseThrow(() -> new IllegalStateException("unknown action in audit_log: " + action)),
        r.getTargetId(),
        r.getCreatedAt(),
        Optional.ofNullable(r.getReason()),
        Optional.ofNullable(r.getDetail()));
  }
}
