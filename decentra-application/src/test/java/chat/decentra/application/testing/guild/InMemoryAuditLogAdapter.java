package chat.decentra.application.testing.guild;

import chat.decentra.application.port.out.guild.AuditLogPort;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.id.GuildId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Audit entries in a map, for service tests. */
public final class InMemoryAuditLogAdapter implements AuditLogPort {

  private final GuildTables tables;

  InMemoryAuditLogAdapter(GuildTables tables) {
    this.tables = tables;
  }

  @Override
  public void insertAuditEntry(AuditEntry entry) {
    synchronized (tables) {
      tables.audit.put(entry.id(), entry);
    }
  }

  @Override
  public List<AuditEntry> listAuditEntries(
      GuildId guild, Optional<AuditEntryId> before, int limit) {
    synchronized (tables) {
      return tables.audit.values().stream()
          .filter(e -> e.guildId().equals(guild))
          .filter(e -> before.map(b -> e.id().value() < b.value()).orElse(true))
          .sorted(Comparator.comparingLong((AuditEntry e) -> e.id().value()).reversed())
          .limit(limit)
          .toList();
    }
  }
}
