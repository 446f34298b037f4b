package chat.decentra.application.port.in.account;

import chat.decentra.domain.user.User;

/** Uploading or removing the caller's avatar image. */
public interface SetAvatarImageUseCase {

  Result upload(Caller caller, byte[] image);

  /** Removes any avatar, image or emoji. */
  User remove(Caller caller);

  sealed interface Result {}

  record Updated(User user) implements Result {}

  /** Not a PNG, JPEG, WebP or GIF by its content. */
  record NotAnImage() implements Result {}

  record TooLarge() implements Result {}
}
