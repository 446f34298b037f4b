package chat.decentra.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static AuditEntry entry(String target, Optional<String> reason, Optional<String> detail) {
    return new AuditEntry(
        new AuditEntryId(1),
        new GuildId(2),
        new UserId(3),
        AuditAction.MEMBER_BAN,
        target,
        NOW,
        reason,
        detail);
  }

  @Test
  void anEntryKeepsWhoWhatWhomWhenAndWhy() {
    AuditEntry entry = entry("4", Optional.of("spam"), Optional.empty());

    assertThat(entry.actorId()).isEqualTo(new UserId(3));
    assertThat(entry.action().targetKind()).isEqualTo(AuditAction.TargetKind.USER);
    assertThat(entry.targetId()).isEqualTo("4");
    assertThat(entry.at()).isEqualTo(NOW);
    assertThat(entry.reason()).contains("spam");
  }

  @Test
  void reasonsAndDetailsAreBounded() {
    assertThat(AuditEntry.isValidReason("r".repeat(512))).isTrue();
    assertThat(AuditEntry.isValidReason("r".repeat(513))).isFalse();
    assertThatThrownBy(() -> entry("4", Optional.of("a\u0000"), Optional.empty()))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> entry("4", Optional.empty(), Optional.of("d".repeat(257))))
        .hasMessageContaining("detail");
    assertThatThrownBy(() -> entry(" ", Optional.empty(), Optional.empty()))
        .hasMessageContaining("targetId");
    assertThatThrownBy(() -> entry("x".repeat(65), Optional.empty(), Optional.empty()))
        .hasMessageContaining("targetId");
  }

  @Test
  void everyActionSaysWhatItsTargetIs() {
    for (AuditAction action : AuditAction.values()) {
      assertThat(action.targetKind()).as(action.name()).isNotNull();
      assertThat(action.wireName()).isEqualTo(action.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(AuditAction.INVITE_REVOKE.targetKind()).isEqualTo(AuditAction.TargetKind.INVITE);
    assertThat(AuditAction.ROLE_DELETE.targetKind()).isEqualTo(AuditAction.TargetKind.ROLE);
  }

  @Test
  void idsParseFromTheirWireForm() {
    assertThat(AuditEntryId.parse("12")).contains(new AuditEntryId(12));
    assertThat(AuditEntryId.parse("")).isEmpty();
    assertThatThrownBy(() -> new AuditEntryId(0)).hasMessageContaining("audit entry id");
  }
}
