package chat.decentra.application.port.in.account;

import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.util.Optional;

/** Reading a user and their avatar image. */
public interface GetUserUseCase {

  Optional<User> user(UserId id);

  Optional<AvatarImage> avatarImage(UserId id);

  /** The stored bytes of an avatar image with their type and version. */
  record AvatarImage(ImageType type, String version, byte[] data) {}
}
