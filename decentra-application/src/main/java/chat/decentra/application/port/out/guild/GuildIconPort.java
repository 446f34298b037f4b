package chat.decentra.application.port.out.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import java.util.Optional;

/** The bytes of uploaded guild icons, one per guild. */
public interface GuildIconPort {

  /** Replaces the guild's icon. */
  void saveIcon(GuildId guild, ImageType type, String version, byte[] data);

  Optional<StoredIcon> loadIcon(GuildId guild);

  void deleteIcon(GuildId guild);

  /** An icon as stored. */
  record StoredIcon(ImageType type, String version, byte[] data) {}
}
