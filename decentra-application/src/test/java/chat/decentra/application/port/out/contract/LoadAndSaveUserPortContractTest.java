package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.PASSWORD_HASH;
import static chat.decentra.application.port.out.contract.Fixtures.T0;
import static chat.decentra.application.port.out.contract.Fixtures.runConcurrently;
import static chat.decentra.application.port.out.contract.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.LoadUserPort;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.StoredCredentials;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers rely on from every adapter of {@link LoadUserPort} and {@link SaveUserPort}. */
public abstract class LoadAndSaveUserPortContractTest {

  /** The adapters under test, over one store. */
  public record Subject(LoadUserPort load, SaveUserPort save) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private LoadUserPort load;
  private SaveUserPort save;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    load = subject.load();
    save = subject.save();
  }

  @Test
  void insertedUserLoadsWithEveryField() {
    save.insertUser(user(1, "inviter"), PASSWORD_HASH);
    var user =
        new User(
            new UserId(2),
            new Username("Alice.B-2"),
            Optional.of("Alice 🌸"),
            Optional.of(new Avatar.Emoji("🦊")),
            PresenceStatus.DND,
            Optional.of("Out for lunch ☕"),
            true,
            Optional.of(new UserId(1)),
            T0);

    assertThat(save.insertUser(user, PASSWORD_HASH)).isTrue();

    assertThat(load.loadUser(new UserId(2))).contains(user);
  }

  @Test
  void newcomerWithEmptyOptionalsLoadsUnchanged() {
    User user = user(3, "bob");

    save.insertUser(user, PASSWORD_HASH);

    assertThat(load.loadUser(new UserId(3))).contains(user);
  }

  @Test
  void imageAvatarRoundTrips() {
    User user = user(4, "carol").withAvatar(Optional.of(new Avatar.Image(ImageType.WEBP, "v7")));

    save.insertUser(user, PASSWORD_HASH);

    assertThat(load.loadUser(new UserId(4))).contains(user);
  }

  @Test
  void unknownUserIsEmpty() {
    assertThat(load.loadUser(new UserId(99))).isEmpty();
    assertThat(load.loadCredentials(new UserId(99))).isEmpty();
    assertThat(load.loadCredentials("nobody")).isEmpty();
  }

  @Test
  void credentialsAreFoundByCanonicalNameAndById() {
    save.insertUser(user(5, "DaVe"), "hash-of-dave");

    var expected = new StoredCredentials(new UserId(5), "hash-of-dave");
    assertThat(load.loadCredentials("dave")).contains(expected);
    assertThat(load.loadCredentials(new UserId(5))).contains(expected);
  }

  @Test
  void duplicateUsernameIgnoringCaseIsRefusedAndWritesNothing() {
    save.insertUser(user(6, "erin"), "first-hash");

    boolean inserted = save.insertUser(user(7, "ERIN"), "second-hash");

    assertThat(inserted).isFalse();
    assertThat(load.loadUser(new UserId(7))).isEmpty();
    assertThat(load.loadCredentials("erin"))
        .contains(new StoredCredentials(new UserId(6), "first-hash"));
    assertThat(load.loadUser(new UserId(6)).map(User::username)).contains(new Username("erin"));
  }

  @Test
  void exactlyOneOfConcurrentSignUpsWithOneNameWins() throws Exception {
    var results =
        runConcurrently(
            8, i -> save.insertUser(user(100 + i, i % 2 == 0 ? "frank" : "FRANK"), PASSWORD_HASH));

    assertThat(results).containsOnlyOnce(true);
    UserId winner = new UserId(100 + results.indexOf(true));
    assertThat(load.loadCredentials("frank").map(StoredCredentials::userId)).contains(winner);
  }

  @Test
  void updateWritesProfileStatusAvatarAndAdminFlag() {
    User original = user(8, "grace");
    save.insertUser(original, PASSWORD_HASH);
    User changed =
        new User(
            original.id(),
            original.username(),
            Optional.of("Grace H."),
            Optional.of(new Avatar.Image(ImageType.PNG, "abc123")),
            PresenceStatus.IDLE,
            Optional.of("compiling"),
            true,
            original.invitedBy(),
            original.createdAt());

    save.updateUser(changed);

    assertThat(load.loadUser(original.id())).contains(changed);
  }

  @Test
  void updateCanClearProfileAndSwitchAvatarKind() {
    User original =
        user(9, "heidi")
            .withDisplayName(Optional.of("Heidi"))
            .withCustomStatus(Optional.of("away"))
            .withAvatar(Optional.of(new Avatar.Image(ImageType.GIF, "v1")));
    save.insertUser(original, PASSWORD_HASH);

    User emoji = original.withAvatar(Optional.of(new Avatar.Emoji("🐙")));
    save.updateUser(emoji);
    assertThat(load.loadUser(original.id())).contains(emoji);

    User cleared =
        emoji
            .withDisplayName(Optional.empty())
            .withCustomStatus(Optional.empty())
            .withAvatar(Optional.empty());
    save.updateUser(cleared);
    assertThat(load.loadUser(original.id())).contains(cleared);
  }

  @Test
  void updatePasswordHashChangesCredentialsOnly() {
    User user = user(10, "ivan");
    save.insertUser(user, "old-hash");

    save.updatePasswordHash(user.id(), "new-hash");

    assertThat(load.loadCredentials("ivan")).contains(new StoredCredentials(user.id(), "new-hash"));
    assertThat(load.loadUser(user.id())).contains(user);
  }
}
