package chat.decentra.domain.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuildTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  private static final GuildId ID = new GuildId(7);
  private static final UserId OWNER = new UserId(1);

  @Test
  void aNewGuildHasItsCreatorAsOwnerAndNoIcon() {
    Guild guild = Guild.create(ID, "Book Club", OWNER, NOW);

    assertThat(guild.ownerId()).isEqualTo(OWNER);
    assertThat(guild.isOwnedBy(OWNER)).isTrue();
    assertThat(guild.isOwnedBy(new UserId(2))).isFalse();
    assertThat(guild.icon()).isEmpty();
    assertThat(guild.everyoneRoleId()).isEqualTo(new RoleId(7));
  }

  @Test
  void namesAreTrimmedAndOneToHundredCharacters() {
    assertThat(Guild.normalizeName("  Book Club ")).contains("Book Club");
    assertThat(Guild.normalizeName("x".repeat(100))).contains("x".repeat(100));
    assertThat(Guild.normalizeName("🎲".repeat(100))).contains("🎲".repeat(100));
    assertThat(Guild.normalizeName("x".repeat(101))).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "a\u0000b", "a\nb", "evil\u202Eeman"})
  void badNamesAreRefused(String name) {
    assertThat(Guild.normalizeName(name)).isEmpty();
    assertThat(Guild.isValidName(name)).isFalse();
  }

  @Test
  void changingOneFieldKeepsTheOthers() {
    var icon = new GuildIcon(ImageType.PNG, "v1");
    Guild guild =
        Guild.create(ID, "A", OWNER, NOW)
            .withName("B")
            .withIcon(Optional.of(icon))
            .withOwner(new UserId(2));

    assertThat(guild).isEqualTo(new Guild(ID, "B", new UserId(2), Optional.of(icon), NOW));
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> new Guild(null, "A", OWNER, Optional.empty(), NOW))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Guild.create(ID, " A", OWNER, NOW)).hasMessageContaining("name");
    assertThatThrownBy(() -> new Guild(ID, "A", null, Optional.empty(), NOW))
        .hasMessageContaining("ownerId");
    assertThatThrownBy(() -> new Guild(ID, "A", OWNER, null, NOW)).hasMessageContaining("icon");
    assertThatThrownBy(() -> new Guild(ID, "A", OWNER, Optional.empty(), null))
        .hasMessageContaining("createdAt");
    assertThatThrownBy(() -> new GuildIcon(ImageType.PNG, " ")).hasMessageContaining("version");
    assertThatThrownBy(() -> new GuildIcon(null, "v")).hasMessageContaining("type");
  }

  @Test
  void idsParseFromTheirWireForm() {
    assertThat(GuildId.parse("7")).contains(ID);
    assertThat(GuildId.parse("07")).isEmpty();
    assertThat(RoleId.parse("9")).contains(new RoleId(9));
    assertThat(RoleId.parse("x")).isEmpty();
    assertThat(ID).hasToString("7");
    assertThat(new RoleId(9)).hasToString("9");
    assertThatThrownBy(() -> new GuildId(-1)).hasMessageContaining("guild id");
    assertThatThrownBy(() -> new RoleId(0)).hasMessageContaining("role id");
  }
}
