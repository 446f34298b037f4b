package chat.decentra.application.port.in.guild;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.id.GuildId;
import java.util.List;
import java.util.Optional;

/** Reading a guild's audit log, newest first; needs view audit log or manage server. */
public interface ReadAuditLogUseCase {

  int MAX_LIMIT = 100;

  Result read(Query query);

  /**
   * @param before only entries older than this one, to page backwards
   * @param limit how many at most, 1 to {@value #MAX_LIMIT}; other values are clamped
   */
  record Query(Caller caller, GuildId guildId, Optional<AuditEntryId> before, int limit) {
    public Query {
      if (caller == null || guildId == null || before == null) {
        throw new IllegalArgumentException("caller, guildId and before are required");
      }
    }
  }

  sealed interface Result {}

  record Listed(List<AuditEntry> entries) implements Result {
    public Listed {
      entries = List.copyOf(entries);
    }
  }

  record NotFound() implements Result {}

  record Forbidden() implements Result {}
}
