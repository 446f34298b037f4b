package chat.decentra.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileTest {

  @ParameterizedTest
  @ValueSource(strings = {"A", "Alice", "Alice Liddell", "Zoë", "Алиса", "爱丽丝", "Alice 🦊", "🦊"})
  void ordinaryDisplayNamesAreValid(String name) {
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isTrue();
  }

  @Test
  void displayNameMayHave32Characters() {
    assertThat(Profile.isValidDisplayName("a".repeat(32))).isTrue();
  }

  @Test
  void displayNameOf33CharactersIsTooLong() {
    assertThat(Profile.isValidDisplayName("a".repeat(33))).isFalse();
  }

  @Test
  void displayNameLengthCountsEmojiAsOneCharacter() {
    assertThat(Profile.isValidDisplayName("🦊".repeat(32))).isTrue();
    assertThat(Profile.isValidDisplayName("🦊".repeat(33))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\u3000"})
  void emptyOrBlankDisplayNameIsRejected(String name) {
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u00A0", // no-break space
        "\u00A0\u00A0\u00A0",
        "\u2007", // figure space
        "\u202F", // narrow no-break space
        "\u200B", // zero-width space
        "\u200B\u200B"
      })
  void displayNameThatLooksEmptyIsRejected(String name) {
    // These render as nothing, or as blank space: a name nobody can see or click on.
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Al\u0000ice", "Alice\n", "Al\rice", "\tAlice", "Alice\u007F", "Al\u0085ice"})
  void displayNameWithControlCharactersIsRejected(String name) {
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alice\u2028Admin", "Alice\u2029Admin"})
  void displayNameWithLineOrParagraphSeparatorIsRejected(String name) {
    // A display name is one line; these separators break it in two wherever it is shown.
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202Aadmin",
        "\u202Badmin",
        "\u202Cadmin",
        "\u202Dadmin",
        "admin\u202Egpj.exe",
        "\u2066admin",
        "\u2067admin",
        "\u2068admin",
        "admin\u2069"
      })
  void displayNameWithBidiOverrideOrIsolateIsRejected(String name) {
    assertThat(Profile.isValidDisplayName(name)).as(codePoints(name)).isFalse();
  }

  @Test
  void customStatusMayHave128Characters() {
    assertThat(Profile.isValidCustomStatus("s".repeat(128))).isTrue();
    assertThat(Profile.isValidCustomStatus("🚀".repeat(128))).isTrue();
  }

  @Test
  void customStatusOf129CharactersIsTooLong() {
    assertThat(Profile.isValidCustomStatus("s".repeat(129))).isFalse();
    assertThat(Profile.isValidCustomStatus("🚀".repeat(129))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u00A0"})
  void emptyOrBlankCustomStatusIsRejected(String status) {
    assertThat(Profile.isValidCustomStatus(status)).as(codePoints(status)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shipping\nthings", "busy\u0007", "\u202Eshipping", "away\u2066"})
  void customStatusWithControlOrBidiCharactersIsRejected(String status) {
    assertThat(Profile.isValidCustomStatus(status)).as(codePoints(status)).isFalse();
  }

  @Test
  void ordinaryCustomStatusIsValid() {
    assertThat(Profile.isValidCustomStatus("shipping things 🚢 — back at 5")).isTrue();
  }

  /** The text as code points, so that a failure shows what invisible characters it held. */
  private static String codePoints(String text) {
    return text == null
        ? "null"
        : text.codePoints()
            .mapToObj(c -> String.format("U+%04X", c))
            .collect(Collectors.joining(" "));
  }
}
