package chat.decentra.domain.guild;

import chat.decentra.domain.media.ImageType;

/**
 * A guild's uploaded icon; {@code version} changes with every upload so that its URL can be cached.
 */
public record GuildIcon(ImageType type, String version) {

  public GuildIcon {
    if (type == null) {
      throw new IllegalArgumentException("icon type is required");
    }
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("icon version is required");
    }
  }
}
