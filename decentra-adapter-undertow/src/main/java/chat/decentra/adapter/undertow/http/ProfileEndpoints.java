package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.adapter.undertow.json.UserJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase;
import chat.decentra.application.port.in.account.UpdateProfileUseCase;
import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import io.undertow.util.Headers;
import java.time.Duration;
import java.util.Optional;

/** The caller's own profile and avatar, and other users as everyone sees them. */
final class ProfileEndpoints {

  private final UpdateProfileUseCase updateProfile;
  private final SetAvatarImageUseCase avatars;
  private final GetUserUseCase users;
  private final Duration cookieMaxAge;

  ProfileEndpoints(
      UpdateProfileUseCase updateProfile,
      SetAvatarImageUseCase avatars,
      GetUserUseCase users,
      Duration cookieMaxAge) {
    this.updateProfile = updateProfile;
    this.avatars = avatars;
    this.users = users;
    this.cookieMaxAge = cookieMaxAge;
  }

  /**
   * The caller. The web client asks this first on every start, so a cookie session gets its cookie
   * renewed here: the session slides forward on use, and the cookie should not expire before it.
   */
  Reply me(Caller caller, ApiRequest request) {
    Reply reply = Reply.ok(UserJson.self(caller.user()));
    if (!request.credentials().cookie()) {
      return reply;
    }
    return reply.header(
        Headers.SET_COOKIE,
        SessionCookie.issue(
            request.credentials().token(), request.source().secure(), cookieMaxAge));
  }

  Reply updateMe(Caller caller, ApiRequest request) {
    JsonObject body = request.json();
    Optional<Patch<PresenceStatus>> status = status(body.stringPatch("status"));
    if (status.isEmpty()) {
      return Reply.error(ApiError.INVALID_STATUS);
    }
    var command =
        new UpdateProfileUseCase.Command(
            caller,
            body.stringPatch("display_name"),
            body.stringPatch("custom_status"),
            status.get(),
            body.stringPatch("avatar_emoji"));
    return switch (updateProfile.update(command)) {
      case UpdateProfileUseCase.Updated(User user) -> Reply.ok(UserJson.self(user));
      case UpdateProfileUseCase.InvalidDisplayName invalid ->
          Reply.error(ApiError.INVALID_DISPLAY_NAME);
      case UpdateProfileUseCase.InvalidCustomStatus invalid ->
          Reply.error(ApiError.INVALID_CUSTOM_STATUS);
      case UpdateProfileUseCase.InvalidAvatarEmoji invalid ->
          Reply.error(ApiError.INVALID_AVATAR_EMOJI);
    };
  }

  Reply uploadAvatar(Caller caller, ApiRequest request) {
    return switch (avatars.upload(caller, request.bytes())) {
      case SetAvatarImageUseCase.Updated(User user) -> Reply.ok(UserJson.self(user));
      case SetAvatarImageUseCase.NotAnImage notAnImage -> Reply.error(ApiError.INVALID_IMAGE);
      case SetAvatarImageUseCase.TooLarge tooLarge -> Reply.error(ApiError.PAYLOAD_TOO_LARGE);
    };
  }

  Reply removeAvatar(Caller caller, ApiRequest request) {
    return Reply.ok(UserJson.self(avatars.remove(caller)));
  }

  Reply user(Caller caller, ApiRequest request) {
    return UserId.parse(request.parameter("id"))
        .flatMap(users::user)
        .map(user -> Reply.ok(UserJson.other(user)))
        .orElseGet(() -> Reply.error(ApiError.NOT_FOUND));
  }

  /** The image bytes with their real type, cacheable forever under the current version's URL. */
  Reply avatarImage(ApiRequest request) {
    return UserId.parse(request.parameter("id"))
        .flatMap(users::avatarImage)
        .map(
            image ->
                ImageReplies.versioned(
                    request, image.type().mediaType(), image.version(), image.data()))
        .orElseGet(() -> Reply.error(ApiError.NOT_FOUND));
  }

  /** Status can be set but not cleared; empty for anything that is not a status. */
  private static Optional<Patch<PresenceStatus>> status(Patch<String> patch) {
    return switch (patch) {
      case Patch.Unchanged<String> unchanged -> Optional.of(Patch.unchanged());
      case Patch.Cleared<String> cleared -> Optional.empty();
      case Patch.SetTo<String>(String name) -> PresenceStatus.fromWireName(name).map(Patch::setTo);
    };
  }
}
