package chat.decentra.domain.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InviteCodeTest {

  @Test
  void twentyTwoToSixtyFourBase64UrlCharactersFormACode() {
    assertThat(InviteCode.isWellFormed("k3N9xQ2m-_AbCdEfGhIjKl")).isTrue();
    assertThat(InviteCode.isWellFormed("a".repeat(22))).isTrue();
    assertThat(InviteCode.isWellFormed("Z".repeat(64))).isTrue();
    assertThat(new InviteCode("k3N9xQ2m-_AbCdEfGhIjKl")).hasToString("k3N9xQ2m-_AbCdEfGhIjKl");
  }

  @Test
  void codeShorterThan22CharactersIsRejected() {
    assertThat(InviteCode.isWellFormed("a".repeat(21))).isFalse();
  }

  @Test
  void codeLongerThan64CharactersIsRejected() {
    assertThat(InviteCode.isWellFormed("a".repeat(65))).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "k3N9xQ2m+/AbCdEfGhIjKl", // standard base64, not url-safe
        "k3N9xQ2mAbCdEfGhIjKl==", // padding
        "k3N9xQ2m AbCdEfGhIjKlm",
        "k3N9xQ2mAbCdEfGhIjKlm\n",
        "k3N9xQ2mAbCdEfGhIjKlmé",
        "../../../../etc/passwd00"
      })
  void anythingElseIsNotACode(String text) {
    assertThat(InviteCode.isWellFormed(text)).isFalse();
    assertThatThrownBy(() -> new InviteCode(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
