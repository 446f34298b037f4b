package chat.decentra.application.port.out.guild;

import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;

/** The audit log of each guild. */
public interface AuditLogPort {

  void insertAuditEntry(AuditEntry entry);

  /**
   * The guild's entries, newest (largest id) first.
   *
   * @param before only entries with a smaller id than this, to page backwards
   * @param limit at most this many
   */
  List<AuditEntry> listAuditEntries(GuildId guild, Optional<AuditEntryId> before, int limit);
}
