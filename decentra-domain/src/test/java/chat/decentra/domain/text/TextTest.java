package chat.decentra.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void lengthCountsCodePointsNotUtf16Units() {
    assertThat(Text.length("")).isZero();
    assertThat(Text.length("abc")).isEqualTo(3);
    assertThat(Text.length("🦊")).isEqualTo(1);
    assertThat(Text.length("a🦊b")).isEqualTo(3);
    assertThat(Text.length("𝔘𝔫𝔦𝔠𝔬𝔡𝔢")).isEqualTo(7);
  }

  @Test
  void ordinaryTextHasNoControlCharacters() {
    assertThat(Text.hasControlCharacters("Hello, wörld! 🦊 مرحبا")).isFalse();
    assertThat(Text.hasControlCharacters("")).isFalse();
  }

  @Test
  void joinersInsideEmojiAreNotControlCharacters() {
    assertThat(Text.hasControlCharacters("👨‍👩‍👧‍👦")).isFalse();
    assertThat(Text.hasControlCharacters("❤️")).isFalse();
  }

  @Test
  void asciiAndC1ControlsAreDetected() {
    for (int c = 0; c <= 0x1F; c++) {
      assertThat(Text.hasControlCharacters("a" + (char) c + "b")).as("U+%04X", c).isTrue();
    }
    for (int c = 0x7F; c <= 0x9F; c++) {
      assertThat(Text.hasControlCharacters("a" + (char) c + "b")).as("U+%04X", c).isTrue();
    }
  }

  @Test
  void bidiOverridesAndIsolatesAreDetected() {
    for (int c = 0x202A; c <= 0x202E; c++) {
      assertThat(Text.hasControlCharacters("a" + (char) c + "b")).as("U+%04X", c).isTrue();
    }
    for (int c = 0x2066; c <= 0x2069; c++) {
      assertThat(Text.hasControlCharacters("a" + (char) c + "b")).as("U+%04X", c).isTrue();
    }
  }

  @Test
  void narrowNoBreakSpaceRightAfterTheOverridesIsAllowed() {
    // French typography puts U+202F inside quotes and before colons: « Bonjour » !
    assertThat(Text.hasControlCharacters("«\u202FBonjour\u202F»")).isFalse();
  }

  @Test
  void plainLineRespectsBoundsInCodePoints() {
    assertThat(Text.isPlainLine("ab", 2, 3)).isTrue();
    assertThat(Text.isPlainLine("abc", 2, 3)).isTrue();
    assertThat(Text.isPlainLine("a", 2, 3)).isFalse();
    assertThat(Text.isPlainLine("abcd", 2, 3)).isFalse();
    assertThat(Text.isPlainLine("🦊🦊🦊", 2, 3)).isTrue();
  }

  @Test
  void plainLineRejectsNullBlankAndControlCharacters() {
    assertThat(Text.isPlainLine(null, 0, 10)).isFalse();
    assertThat(Text.isPlainLine("   ", 1, 10)).isFalse();
    assertThat(Text.isPlainLine("a\nb", 1, 10)).isFalse();
    assertThat(Text.isPlainLine("a\u202Eb", 1, 10)).isFalse();
  }

  @Test
  void plainLineKeepsInnerSpaces() {
    assertThat(Text.isPlainLine("a b c", 1, 10)).isTrue();
  }
}
