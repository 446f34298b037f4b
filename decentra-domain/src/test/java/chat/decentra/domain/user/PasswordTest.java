package chat.decentra.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordTest {

  @Test
  void eightCharactersAreEnough() {
    assertThat(Password.isAcceptable("12345678")).isTrue();
  }

  @Test
  void sevenCharactersAreTooFew() {
    assertThat(Password.isAcceptable("1234567")).isFalse();
  }

  @Test
  void emptyAndMissingPasswordsAreRejected() {
    assertThat(Password.isAcceptable("")).isFalse();
    assertThat(Password.isAcceptable(null)).isFalse();
  }

  @Test
  void upTo1024CharactersAreAccepted() {
    assertThat(Password.isAcceptable("x".repeat(1024))).isTrue();
  }

  @Test
  void moreThan1024CharactersAreRejected() {
    assertThat(Password.isAcceptable("x".repeat(1025))).isFalse();
  }

  @Test
  void anEmojiCountsAsOneCharacter() {
    // Each of these takes two UTF-16 units; a person counts one character each.
    assertThat(Password.isAcceptable("🔑".repeat(8))).isTrue();
    assertThat(Password.isAcceptable("🔑".repeat(7))).isFalse();
    assertThat(Password.isAcceptable("🔑".repeat(1024))).isTrue();
    assertThat(Password.isAcceptable("🔑".repeat(1025))).isFalse();
  }

  @Test
  void spacesAndAnyScriptAreTheOwnersChoice() {
    assertThat(Password.isAcceptable("correct horse battery staple")).isTrue();
    assertThat(Password.isAcceptable("пароль-пароль")).isTrue();
    assertThat(Password.isAcceptable("        ")).isTrue();
  }
}
