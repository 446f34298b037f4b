package chat.decentra.application.port.out;

import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** The bytes of uploaded avatar images, one per user. */
public interface AvatarImagePort {

  /** Replaces the user's image. */
  void saveImage(UserId user, ImageType type, String version, byte[] data);

  Optional<StoredImage> loadImage(UserId user);

  void deleteImage(UserId user);

  /** An image as stored. */
  record StoredImage(ImageType type, String version, byte[] data) {}
}
