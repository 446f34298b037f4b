package chat.decentra.application.port.in.guild;

import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import java.util.Optional;

/**
 * Reading a guild's icon image. Icons are public, like avatars: invite previews show them to people
 * who are not members yet.
 */
public interface GetGuildIconUseCase {

  Optional<GuildIconImage> icon(GuildId guild);

  /** The stored bytes of an icon with their type and version. */
  record GuildIconImage(ImageType type, String version, byte[] data) {}
}
