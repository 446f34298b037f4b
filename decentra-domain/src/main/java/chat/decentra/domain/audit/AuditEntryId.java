package chat.decentra.domain.audit;

import chat.decentra.domain.id.Ids;
import java.util.Optional;

/** Identifies an audit log entry: a 64-bit, time-ordered id, so newer entries have larger ids. */
public record AuditEntryId(long value) {

  public AuditEntryId {
    if (value <= 0) {
      throw new IllegalArgumentException("audit entry id must be positive: " + value);
    }
  }

  /** Parses the decimal form used on the wire; empty when it is not a valid id. */
  public static Optional<AuditEntryId> parse(String text) {
    return Ids.parsePositiveLong(text).map(AuditEntryId::new);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
