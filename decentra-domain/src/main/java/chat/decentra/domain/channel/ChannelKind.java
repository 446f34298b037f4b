package chat.decentra.domain.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a channel is for. */
public enum ChannelKind {
  /** Messages, with an optional topic. */
  TEXT,
  /** Voice and video between the people in it. */
  VOICE,
  /** A heading that groups other channels; it holds no conversation itself. */
  CATEGORY;

  /** The lower-case name used on the wire and in storage. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with that wire name, or empty. */
  public static Optional<ChannelKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName().equals(name)).findFirst();
  }
}
