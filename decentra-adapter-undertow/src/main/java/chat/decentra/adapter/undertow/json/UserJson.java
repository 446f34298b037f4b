package chat.decentra.adapter.undertow.json;

import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A user on the wire (docs/api.md, "User"); {@code admin} is only told to the user themself. */
public record UserJson(
    String id,
    String username,
    String displayName,
    AvatarJson avatar,
    String status,
    String customStatus,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean admin,
    String createdAt) {

  private static final String OFFLINE = "offline";

  /** The user as they see themself, with {@code admin}. */
  public static UserJson self(User user) {
    return of(user, true);
  }

  /**
   * The user as others see them, without {@code admin}; someone who chose {@code invisible} shows
   * as {@code offline}, which is the point of choosing it.
   */
  public static UserJson other(User user) {
    return of(user, false);
  }

  private static UserJson of(User user, boolean withAdmin) {
    return new UserJson(
        user.id().toString(),
        user.username().value(),
        user.displayName().orElse(null),
        user.avatar().map(avatar -> AvatarJson.of(user.id(), avatar)).orElse(null),
        withAdmin || user.status() != PresenceStatus.INVISIBLE ? user.status().wireName() : OFFLINE,
        user.customStatus().orElse(null),
        withAdmin ? user.admin() : null,
        Times.iso(user.createdAt()));
  }
}
