package chat.decentra.application.service.account;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.GetUserUseCase;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase;
import chat.decentra.application.port.in.account.UpdateProfileUseCase;
import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.PublishEventPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.Profile;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserEvent;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads users and lets them change how they appear to others. */
public final class ProfileService
    implements GetUserUseCase, UpdateProfileUseCase, SetAvatarImageUseCase {

  /** Bytes of randomness in an avatar version: enough that two uploads never share a URL. */
  private static final int VERSION_BYTES = 9;

  private final LoadUserPort loadUsers;
  private final SaveUserPort saveUsers;
  private final AvatarImagePort images;
  private final TransactionPort transactions;
  private final PublishEventPort events;

  public ProfileService(
      LoadUserPort loadUsers,
      SaveUserPort saveUsers,
      AvatarImagePort images,
      TransactionPort transactions,
      PublishEventPort events) {
    this.loadUsers = loadUsers;
    this.saveUsers = saveUsers;
    this.images = images;
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public Optional<User> user(UserId id) {
    return loadUsers.loadUser(id);
  }

  @Override
  public Optional<AvatarImage> avatarImage(UserId id) {
    return loadUsers
        .loadUser(id)
        .flatMap(User::avatar)
        .filter(Avatar.Image.class::isInstance)
        .flatMap(avatar -> images.loadImage(id))
        .map(stored -> new AvatarImage(stored.type(), stored.version(), stored.data()));
  }

  @Override
  public UpdateProfileUseCase.Result update(Command command) {
    if (!isValid(command.displayName(), Profile::isValidDisplayName)) {
      return new InvalidDisplayName();
    }
    if (!isValid(command.customStatus(), Profile::isValidCustomStatus)) {
      return new InvalidCustomStatus();
    }
    if (!isValid(command.avatarEmoji(), Avatar.Emoji::isValid)) {
      return new InvalidAvatarEmoji();
    }
    UserId id = command.caller().user().id();
    Patch<String> emoji = command.avatarEmoji();
    User updated =
        transactions.inTransaction(
            tx -> {
              User user = current(id);
              user = user.withDisplayName(apply(command.displayName(), user.displayName()));
              user = user.withCustomStatus(apply(command.customStatus(), user.customStatus()));
              user =
                  user.withStatus(
                      apply(command.status(), Optional.of(user.status())).orElse(user.status()));
              if (emoji instanceof Patch.SetTo<String>(String value)) {
                // An emoji replaces an uploaded image, whose bytes are then of no use.
                user = user.withAvatar(Optional.of(new Avatar.Emoji(value)));
                images.deleteImage(id);
              } else if (emoji instanceof Patch.Cleared<String>
                  && user.avatar().orElse(null) instanceof Avatar.Emoji) {
                user = user.withAvatar(Optional.empty());
              }
              saveUsers.updateUser(user);
              return user;
            });
    events.publish(new UserEvent.ProfileUpdated(updated));
    return new UpdateProfileUseCase.Updated(updated);
  }

  @Override
  public SetAvatarImageUseCase.Result upload(Caller caller, byte[] image) {
    if (image.length > ImageType.MAX_UPLOAD_BYTES) {
      return new TooLarge();
    }
    Optional<ImageType> type = ImageType.detect(image);
    if (type.isEmpty()) {
      return new NotAnImage();
    }
    String version = SessionTokens.randomBase64Url(VERSION_BYTES);
    UserId id = caller.user().id();
    User updated =
        transactions.inTransaction(
            tx -> {
              images.saveImage(id, type.get(), version, image);
              User user =
                  current(id).withAvatar(Optional.of(new Avatar.Image(type.get(), version)));
              saveUsers.updateUser(user);
              return user;
            });
    events.publish(new UserEvent.ProfileUpdated(updated));
    return new SetAvatarImageUseCase.Updated(updated);
  }

  @Override
  public User remove(Caller caller) {
    UserId id = caller.user().id();
    User updated =
        transactions.inTransaction(
            tx -> {
              images.deleteImage(id);
              User user = current(id).withAvatar(Optional.empty());
              saveUsers.updateUser(user);
              return user;
            });
    events.publish(new UserEvent.ProfileUpdated(updated));
    return updated;
  }

  private User current(UserId id) {
    return loadUsers
        .loadUser(id)
        .orElseThrow(() -> new IllegalStateException("signed-in user " + id + " does not exist"));
  }

  private static <T> boolean isValid(Patch<T> patch, Predicate<T> rule) {
    return !(patch instanceof Patch.SetTo<T>(T value)) || rule.test(value);
  }

  private static <T> Optional<T> apply(Patch<T> patch, Optional<T> current) {
    return switch (patch) {
      case Patch.Unchanged<T> unchanged -> current;
      case Patch.Cleared<T> cleared -> Optional.empty();
      case Patch.SetTo<T>(T value) -> Optional.of(value);
    };
  }
}
