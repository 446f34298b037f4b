package chat.decentra.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * A person with an account on this instance.
 *
 * @param invitedBy who invited them, empty for the first user and for open registration
 */
public record User(
    UserId id,
    Username username,
    Optional<String> displayName,
    Optional<Avatar> avatar,
    PresenceStatus status,
    Optional<String> customStatus,
    boolean admin,
    Optional<UserId> invitedBy,
    Instant createdAt) {

  public User {
    requireNonNull(id, "id");
    requireNonNull(username, "username");
    requireNonNull(displayName, "displayName");
    requireNonNull(avatar, "avatar");
    requireNonNull(status, "status");
    requireNonNull(customStatus, "customStatus");
    requireNonNull(invitedBy, "invitedBy");
    requireNonNull(createdAt, "createdAt");
    displayName.ifPresent(
        name -> {
          if (!Profile.isValidDisplayName(name)) {
            throw new IllegalArgumentException("displayName is not allowed: " + name);
          }
        });
    customStatus.ifPresent(
        text -> {
          if (!Profile.isValidCustomStatus(text)) {
            throw new IllegalArgumentException("customStatus is not allowed");
          }
        });
  }

  private static void requireNonNull(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
  }

  /** A new account with nothing but its name. */
  public static User newcomer(
      UserId id, Username username, boolean admin, Optional<UserId> invitedBy, Instant now) {
    return new User(
        id,
        username,
        Optional.empty(),
        Optional.empty(),
        PresenceStatus.ONLINE,
        Optional.empty(),
        admin,
        invitedBy,
        now);
  }

  /** The name others see: the display name when set, else the username. */
  public String visibleName() {
    return displayName.orElse(username.value());
  }

  public User withDisplayName(Optional<String> name) {
    return new User(id, username, name, avatar, status, customStatus, admin, invitedBy, createdAt);
  }

  public User withCustomStatus(Optional<String> text) {
    return new User(id, username, displayName, avatar, status, text, admin, invitedBy, createdAt);
  }

  public User withStatus(PresenceStatus newStatus) {
    return new User(
        id, username, displayName, avatar, newStatus, customStatus, admin, invitedBy, createdAt);
  }

  public User withAvatar(Optional<Avatar> newAvatar) {
    return new User(
        id, username, displayName, newAvatar, status, customStatus, admin, invitedBy, createdAt);
  }
}
