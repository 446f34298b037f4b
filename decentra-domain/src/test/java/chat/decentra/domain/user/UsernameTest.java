package chat.decentra.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"al", "alice", "Alice_B", "a.b-c_d", "user123", "42", "__", "A-Z.a-z_0-9"})
  void lettersDigitsUnderscoreDotAndDashAreAllowed(String name) {
    assertThat(Username.isValid(name)).isTrue();
    assertThat(new Username(name).value()).isEqualTo(name);
  }

  @Test
  void twoToThirtyTwoCharactersAreAllowed() {
    assertThat(Username.isValid("ab")).isTrue();
    assertThat(Username.isValid("a".repeat(32))).isTrue();
  }

  @Test
  void oneCharacterIsTooShort() {
    assertThat(Username.isValid("a")).isFalse();
  }

  @Test
  void thirtyThreeCharactersAreTooLong() {
    assertThat(Username.isValid("a".repeat(33))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingNameIsRejected(String name) {
    assertThat(Username.isValid(name)).isFalse();
    assertThatThrownBy(() -> new Username(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "al ice",
        " alice",
        "alice ",
        "alice\n",
        "ali\tce",
        "alice!",
        "al@ce",
        "al/ce",
        "al+ce",
        "émile",
        "алиса",
        "名前",
        "ali🦊",
        "１２", // full-width digits
        "\u212Aelvin", // Kelvin sign, which lower-cases to an ASCII k
        "al\u200Bice"
      })
  void spacesPunctuationAndNonAsciiAreRejected(String name) {
    assertThat(Username.isValid(name)).isFalse();
    assertThatThrownBy(() -> new Username(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("username");
  }

  @Test
  void namesDifferingOnlyInCaseShareOneCanonicalForm() {
    assertThat(new Username("Alice").canonical())
        .isEqualTo(new Username("ALICE").canonical())
        .isEqualTo(new Username("alice").canonical())
        .isEqualTo("alice");
  }

  @Test
  void canonicalFormKeepsTheOtherCharacters() {
    assertThat(new Username("Bob_The.Builder-42").canonical()).isEqualTo("bob_the.builder-42");
  }

  @Test
  void canonicalFormDoesNotDependOnTheDefaultLocale() {
    var saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      assertThat(new Username("IVAN").canonical()).isEqualTo("ivan");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void displaysAsTypedWithItsCase() {
    assertThat(new Username("Alice")).hasToString("Alice");
  }
}
