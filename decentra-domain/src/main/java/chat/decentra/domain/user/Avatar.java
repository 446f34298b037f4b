package chat.decentra.domain.user;

import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.text.Text;
import java.util.regex.Pattern;

/** The picture beside a user's name: an emoji or an uploaded image. */
public sealed interface Avatar {

  /** An emoji avatar. */
  record Emoji(String emoji) implements Avatar {
    /** At most this many code points: enough for flags, skin tones and ZWJ sequences. */
    public static final int MAX_CODE_POINTS = 16;

    /** One user-perceived character: a ZWJ family, a flag or a skin-toned hand is one. */
    private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");

    public Emoji {
      if (!isValid(emoji)) {
        throw new IllegalArgumentException("emoji is not a short emoji sequence: " + emoji);
      }
    }

    /**
     * True for a short sequence that starts with a pictographic character and holds no letters or
     * controls.
     */
    public static boolean isValid(String text) {
      if (text == null || text.isEmpty() || Text.length(text) > MAX_CODE_POINTS) {
        return false;
      }
      if (Text.hasControlCharacters(text)
          || text.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
      int first = text.codePointAt(0);
      boolean emojiStart = Character.isEmoji(first) && first > 0x7F || isRegionalIndicator(first);
      return emojiStart && ONE_GRAPHEME.matcher(text).matches();
    }

    private static boolean isRegionalIndicator(int codePoint) {
      return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
    }
  }

  /** An uploaded image; {@code version} changes with every upload so that its URL can be cached. */
  record Image(ImageType type, String version) implements Avatar {
    public Image {
      if (type == null) {
        throw new IllegalArgumentException("image type is required");
      }
      if (version == null || version.isBlank()) {
        throw new IllegalArgumentException("image version is required");
      }
    }
  }
}
