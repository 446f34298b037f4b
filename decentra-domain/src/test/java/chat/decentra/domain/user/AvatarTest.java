package chat.decentra.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.media.ImageType;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AvatarTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "🦊", // a single pictograph
        "😀",
        "❤️", // with variation selector 16
        "👍🏽", // with a skin tone
        "👨‍👩‍👧‍👦", // ZWJ family of four: seven code points
        "🧑🏽‍🚀", // ZWJ with a skin tone
        "🏳️‍🌈", // ZWJ flag
        "🇫🇷", // regional indicator flag
        "🇯🇵",
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿" // subdivision flag (Scotland): tag sequence of seven code points
      })
  void singleEmojiIsAValidAvatar(String emoji) {
    assertThat(Avatar.Emoji.isValid(emoji)).as(codePoints(emoji)).isTrue();
    assertThat(new Avatar.Emoji(emoji).emoji()).isEqualTo(emoji);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void missingEmojiIsRejected(String emoji) {
    assertThat(Avatar.Emoji.isValid(emoji)).as(codePoints(emoji)).isFalse();
    assertThatThrownBy(() -> new Avatar.Emoji(emoji)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "Z", "é", "ж", "名", "7", "42", "١"})
  void lettersAndDigitsAreRejected(String text) {
    assertThat(Avatar.Emoji.isValid(text)).as(codePoints(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"fox", "🦊fox", "🦊 fox", "fox🦊", "🦊1", ":fox:", "<3", "!", "#", " ", "*"})
  void textIsRejected(String text) {
    assertThat(Avatar.Emoji.isValid(text)).as(codePoints(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"🦊\n", "🦊\u0000", "\u202E🦊", "🦊\u2066"})
  void controlAndBidiCharactersAreRejected(String text) {
    assertThat(Avatar.Emoji.isValid(text)).as(codePoints(text)).isFalse();
  }

  @Test
  void sequenceLongerThanSixteenCodePointsIsRejected() {
    String family = "👨‍👩‍👧‍👦"; // 7 code points
    assertThat(Avatar.Emoji.isValid(family + "\u200D" + family + "\u200D🦊")).isFalse();
    assertThat(Avatar.Emoji.isValid("🦊".repeat(17))).isFalse();
  }

  @Test
  void twoEmojiAreNotOneEmoji() {
    // The API promises "a single emoji"; two side by side are two avatars' worth.
    assertThat(Avatar.Emoji.isValid("🦊🐱")).as(codePoints("🦊🐱")).isFalse();
    assertThat(Avatar.Emoji.isValid("🇫🇷🇩🇪")).as(codePoints("🇫🇷🇩🇪")).isFalse();
    assertThat(Avatar.Emoji.isValid("🦊".repeat(16))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"🦊!", "🦊 ", "🦊?!", "🦊\u00A0", "🦊..."})
  void emojiFollowedByPunctuationOrSpaceIsRejected(String text) {
    assertThat(Avatar.Emoji.isValid(text)).as(codePoints(text)).isFalse();
  }

  @Test
  void imageAvatarNeedsATypeAndAVersion() {
    assertThat(new Avatar.Image(ImageType.PNG, "v1").type()).isEqualTo(ImageType.PNG);
    assertThatThrownBy(() -> new Avatar.Image(null, "v1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Avatar.Image(ImageType.PNG, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Avatar.Image(ImageType.PNG, " "))
        .isInstanceOf(IllegalArgumentException.class);
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
