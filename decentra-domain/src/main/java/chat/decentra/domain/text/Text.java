package chat.decentra.domain.text;

/**
 * Rules for text that people type and others read: lengths in code points, no control characters.
 */
public final class Text {

  private Text() {}

  /** The number of Unicode code points, which is what a person counts as characters. */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * True when the text holds a control or format character that could hide or reorder what others
   * see.
   */
  public static boolean hasControlCharacters(String text) {
    return text.codePoints().anyMatch(Text::isForbidden);
  }

  private static boolean isForbidden(int codePoint) {
    if (Character.isISOControl(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
      return true;
    }
    // Bidirectional overrides and isolates can disguise a name (U+202A–U+202E, U+2066–U+2069).
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /**
   * True when the text is between min and max code points, has no control characters and is not
   * blank.
   */
  public static boolean isPlainLine(String text, int min, int max) {
    if (text == null) {
      return false;
    }
    int length = length(text);
    return length >= min && length <= max && !hasControlCharacters(text) && !looksBlank(text);
  }

  /**
   * True when nothing in the text would show: spaces of every kind and invisible format characters.
   */
  private static boolean looksBlank(String text) {
    return text.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT);
  }
}
