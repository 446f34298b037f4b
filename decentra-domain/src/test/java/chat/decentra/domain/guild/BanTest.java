package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BanTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private static Ban ban(Optional<String> reason) {
    return new Ban(new GuildId(1), new UserId(2), reason, new UserId(3), NOW);
  }

  @Test
  void reasonsAreOptionalAndUpTo512Characters() {
    assertThat(ban(Optional.empty()).reason()).isEmpty();
    assertThat(ban(Optional.of("spam")).reason()).contains("spam");
    assertThat(Ban.isValidReason("r".repeat(512))).isTrue();
    assertThat(Ban.isValidReason("r".repeat(513))).isFalse();
    assertThat(Ban.isValidReason(" ")).isFalse();
    assertThat(Ban.isValidReason("a\u0000b")).isFalse();
    assertThatThrownBy(() -> ban(Optional.of(""))).hasMessageContaining("reason");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> new Ban(new GuildId(1), new UserId(2), null, new UserId(3), NOW))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> new Ban(new GuildId(1), new UserId(2), Optional.empty(), null, NOW))
        .hasMessageContaining("bannedBy");
  }
}
