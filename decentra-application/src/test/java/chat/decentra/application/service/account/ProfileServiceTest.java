package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.GetUserUseCase.AvatarImage;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase.NotAnImage;
import chat.decentra.application.port.in.account.SetAvatarImageUseCase.TooLarge;
import chat.decentra.application.port.in.account.UpdateProfileUseCase;
import chat.decentra.application.port.in.account.UpdateProfileUseCase.InvalidAvatarEmoji;
import chat.decentra.application.port.in.account.UpdateProfileUseCase.InvalidCustomStatus;
import chat.decentra.application.port.in.account.UpdateProfileUseCase.InvalidDisplayName;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.Avatar;
import chat.decentra.domain.user.PresenceStatus;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserEvent;
import chat.decentra.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {

  /** A real 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** A real 1×1 GIF89a. */
  private static final byte[] GIF =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private final TestApplication app = new TestApplication();
  private Caller alice;
  private UserId id;

  @BeforeEach
  void aliceIsSignedIn() {
    alice = app.caller(app.signUp("alice", "correct horse battery", null));
    id = alice.user().id();
    app.events.clear();
  }

  private User current() {
    return app.app.getUser().user(id).orElseThrow();
  }

  private UpdateProfileUseCase.Result update(
      Patch<String> displayName,
      Patch<String> customStatus,
      Patch<PresenceStatus> status,
      Patch<String> emoji) {
    return app.app
        .updateProfile()
        .update(new UpdateProfileUseCase.Command(alice, displayName, customStatus, status, emoji));
  }

  private User updated(UpdateProfileUseCase.Result result) {
    assertThat(result).isInstanceOf(UpdateProfileUseCase.Updated.class);
    return ((UpdateProfileUseCase.Updated) result).user();
  }

  private User uploaded(SetAvatarImageUseCase.Result result) {
    assertThat(result).isInstanceOf(SetAvatarImageUseCase.Updated.class);
    return ((SetAvatarImageUseCase.Updated) result).user();
  }

  private static <T> Patch<T> keep() {
    return Patch.unchanged();
  }

  @Nested
  class UpdateProfile {

    @Test
    void displayNameIsSetAndShownInsteadOfTheUsername() {
      User user = updated(update(Patch.setTo("Alice Liddell"), keep(), keep(), keep()));

      assertThat(user.displayName()).contains("Alice Liddell");
      assertThat(user.visibleName()).isEqualTo("Alice Liddell");
      assertThat(current()).isEqualTo(user);
    }

    @Test
    void displayNameIsCleared() {
      update(Patch.setTo("Alice Liddell"), keep(), keep(), keep());

      User user = updated(update(Patch.cleared(), keep(), keep(), keep()));

      assertThat(user.displayName()).isEmpty();
      assertThat(current().visibleName()).isEqualTo("alice");
    }

    @Test
    void customStatusIsSetAndCleared() {
      assertThat(
              updated(update(keep(), Patch.setTo("shipping things"), keep(), keep()))
                  .customStatus())
          .contains("shipping things");
      assertThat(current().customStatus()).contains("shipping things");

      updated(update(keep(), Patch.cleared(), keep(), keep()));
      assertThat(current().customStatus()).isEmpty();
    }

    @Test
    void statusIsSet() {
      updated(update(keep(), keep(), Patch.setTo(PresenceStatus.DND), keep()));

      assertThat(current().status()).isEqualTo(PresenceStatus.DND);
    }

    @Test
    void emojiAvatarIsSetAndCleared() {
      updated(update(keep(), keep(), keep(), Patch.setTo("🦊")));
      assertThat(current().avatar()).contains(new Avatar.Emoji("🦊"));

      updated(update(keep(), keep(), keep(), Patch.cleared()));
      assertThat(current().avatar()).isEmpty();
    }

    @Test
    void unchangedFieldsAreLeftAlone() {
      update(
          Patch.setTo("Alice"),
          Patch.setTo("busy"),
          Patch.setTo(PresenceStatus.IDLE),
          Patch.setTo("🦊"));

      updated(update(keep(), Patch.setTo("free"), keep(), keep()));

      User user = current();
      assertThat(user.displayName()).contains("Alice");
      assertThat(user.customStatus()).contains("free");
      assertThat(user.status()).isEqualTo(PresenceStatus.IDLE);
      assertThat(user.avatar()).contains(new Avatar.Emoji("🦊"));
      assertThat(user.username().value()).isEqualTo("alice");
      assertThat(user.admin()).isTrue();
    }

    @Test
    void updateKeepsChangesMadeSinceTheCallerSignedIn() {
      // The caller carries the user as it was when the request was authenticated.
      update(Patch.setTo("Alice"), keep(), keep(), keep());

      updated(update(keep(), Patch.setTo("busy"), keep(), keep()));

      assertThat(current().displayName()).contains("Alice");
      assertThat(current().customStatus()).contains("busy");
    }

    @Test
    void everyFieldChangesAtOnce() {
      User user =
          updated(
              update(
                  Patch.setTo("Alice"),
                  Patch.setTo("busy"),
                  Patch.setTo(PresenceStatus.INVISIBLE),
                  Patch.setTo("👨‍👩‍👧‍👦")));

      assertThat(user.displayName()).contains("Alice");
      assertThat(user.customStatus()).contains("busy");
      assertThat(user.status()).isEqualTo(PresenceStatus.INVISIBLE);
      assertThat(user.avatar()).contains(new Avatar.Emoji("👨‍👩‍👧‍👦"));
      assertThat(current()).isEqualTo(user);
    }

    @Test
    void updatePublishesTheNewProfile() {
      User user = updated(update(Patch.setTo("Alice"), keep(), keep(), keep()));

      assertThat(app.events.ofType(UserEvent.ProfileUpdated.class))
          .containsExactly(new UserEvent.ProfileUpdated(user));
    }

    @Test
    void invalidDisplayNameChangesNothing() {
      update(Patch.setTo("Alice"), keep(), keep(), keep());
      app.events.clear();

      assertThat(
              update(
                  Patch.setTo("x".repeat(33)),
                  Patch.setTo("busy"),
                  Patch.setTo(PresenceStatus.DND),
                  keep()))
          .isInstanceOf(InvalidDisplayName.class);
      assertThat(update(Patch.setTo(""), keep(), keep(), keep()))
          .isInstanceOf(InvalidDisplayName.class);
      assertThat(update(Patch.setTo("   "), keep(), keep(), keep()))
          .isInstanceOf(InvalidDisplayName.class);
      assertThat(update(Patch.setTo("Admin\u202E"), keep(), keep(), keep()))
          .isInstanceOf(InvalidDisplayName.class);

      User user = current();
      assertThat(user.displayName()).contains("Alice");
      assertThat(user.customStatus()).isEmpty();
      assertThat(user.status()).isEqualTo(PresenceStatus.ONLINE);
      assertThat(app.events.all()).isEmpty();
    }

    @Test
    void invalidCustomStatusChangesNothing() {
      assertThat(
              update(Patch.setTo("Alice"), Patch.setTo("s".repeat(129)), keep(), Patch.setTo("🦊")))
          .isInstanceOf(InvalidCustomStatus.class);
      assertThat(update(keep(), Patch.setTo("two\nlines"), keep(), keep()))
          .isInstanceOf(InvalidCustomStatus.class);

      User user = current();
      assertThat(user.displayName()).isEmpty();
      assertThat(user.avatar()).isEmpty();
      assertThat(app.events.all()).isEmpty();
    }

    @Test
    void invalidEmojiChangesNothing() {
      uploaded(app.app.setAvatarImage().upload(alice, PNG));
      app.events.clear();

      assertThat(update(Patch.setTo("Alice"), keep(), keep(), Patch.setTo("fox")))
          .isInstanceOf(InvalidAvatarEmoji.class);
      assertThat(update(keep(), keep(), keep(), Patch.setTo("🦊".repeat(17))))
          .isInstanceOf(InvalidAvatarEmoji.class);

      User user = current();
      assertThat(user.displayName()).isEmpty();
      assertThat(user.avatar()).get().isInstanceOf(Avatar.Image.class);
      assertThat(app.app.getUser().avatarImage(id)).isPresent();
      assertThat(app.events.all()).isEmpty();
    }

    @Test
    void emojiReplacesAnImageAvatarAndItsBytesAreDeleted() {
      uploaded(app.app.setAvatarImage().upload(alice, PNG));

      User user = updated(update(keep(), keep(), keep(), Patch.setTo("🦊")));

      assertThat(user.avatar()).contains(new Avatar.Emoji("🦊"));
      assertThat(app.app.getUser().avatarImage(id)).isEmpty();
      assertThat(app.avatarImages.loadImage(id)).isEmpty();
    }

    @Test
    void profileChangeWithoutAvatarKeepsTheImage() {
      uploaded(app.app.setAvatarImage().upload(alice, PNG));

      updated(update(Patch.setTo("Alice"), keep(), keep(), keep()));

      assertThat(current().avatar()).get().isInstanceOf(Avatar.Image.class);
      assertThat(app.app.getUser().avatarImage(id)).isPresent();
    }
  }

  @Nested
  class AvatarUpload {

    @Test
    void pngIsAcceptedAndServedWithItsType() {
      User user = uploaded(app.app.setAvatarImage().upload(alice, PNG));

      assertThat(user.avatar()).get().isInstanceOf(Avatar.Image.class);
      var avatar = (Avatar.Image) user.avatar().orElseThrow();
      assertThat(avatar.type()).isEqualTo(ImageType.PNG);
      AvatarImage served = app.app.getUser().avatarImage(id).orElseThrow();
      assertThat(served.type()).isEqualTo(ImageType.PNG);
      assertThat(served.type().mediaType()).isEqualTo("image/png");
      assertThat(served.version()).isEqualTo(avatar.version());
      assertThat(served.data()).isEqualTo(PNG);
      assertThat(current()).isEqualTo(user);
    }

    @Test
    void reUploadChangesTheVersionAndTheType() {
      var first =
          (Avatar.Image)
              uploaded(app.app.setAvatarImage().upload(alice, PNG)).avatar().orElseThrow();
      var second =
          (Avatar.Image)
              uploaded(app.app.setAvatarImage().upload(alice, GIF)).avatar().orElseThrow();

      assertThat(second.version()).isNotEqualTo(first.version());
      assertThat(second.type()).isEqualTo(ImageType.GIF);
      AvatarImage served = app.app.getUser().avatarImage(id).orElseThrow();
      assertThat(served.version()).isEqualTo(second.version());
      assertThat(served.type()).isEqualTo(ImageType.GIF);
      assertThat(served.data()).isEqualTo(GIF);
    }

    @Test
    void sameImageUploadedTwiceGetsANewVersion() {
      var first =
          (Avatar.Image)
              uploaded(app.app.setAvatarImage().upload(alice, PNG)).avatar().orElseThrow();
      var second =
          (Avatar.Image)
              uploaded(app.app.setAvatarImage().upload(alice, PNG)).avatar().orElseThrow();

      assertThat(second.version()).isNotEqualTo(first.version());
    }

    @Test
    void imageReplacesAnEmojiAvatar() {
      update(keep(), keep(), keep(), Patch.setTo("🦊"));

      User user = uploaded(app.app.setAvatarImage().upload(alice, PNG));

      assertThat(user.avatar()).get().isInstanceOf(Avatar.Image.class);
    }

    @Test
    void uploadPublishesTheNewProfile() {
      User user = uploaded(app.app.setAvatarImage().upload(alice, PNG));

      assertThat(app.events.ofType(UserEvent.ProfileUpdated.class))
          .containsExactly(new UserEvent.ProfileUpdated(user));
    }

    @Test
    void textRenamedToAnImageIsRefused() {
      byte[] text = "just some text, saved as avatar.png".getBytes(StandardCharsets.UTF_8);

      assertThat(app.app.setAvatarImage().upload(alice, text)).isInstanceOf(NotAnImage.class);
      assertThat(app.app.setAvatarImage().upload(alice, new byte[0]))
          .isInstanceOf(NotAnImage.class);
      assertThat(current().avatar()).isEmpty();
      assertThat(app.avatarImages.loadImage(id)).isEmpty();
      assertThat(app.events.all()).isEmpty();
    }

    @Test
    void imageOfExactlyTwoMebibytesIsAccepted() {
      byte[] big = Arrays.copyOf(PNG, ImageType.MAX_UPLOAD_BYTES);

      uploaded(app.app.setAvatarImage().upload(alice, big));

      assertThat(app.app.getUser().avatarImage(id).orElseThrow().data()).hasSize(2 * 1024 * 1024);
    }

    @Test
    void imageOverTwoMebibytesIsRefusedAndTheOldOneKept() {
      uploaded(app.app.setAvatarImage().upload(alice, GIF));
      app.events.clear();
      byte[] tooBig = Arrays.copyOf(PNG, ImageType.MAX_UPLOAD_BYTES + 1);

      assertThat(app.app.setAvatarImage().upload(alice, tooBig)).isInstanceOf(TooLarge.class);

      assertThat(app.app.getUser().avatarImage(id).orElseThrow().data()).isEqualTo(GIF);
      assertThat(app.events.all()).isEmpty();
    }

    @Test
    void removeDeletesTheImageAndItsBytes() {
      uploaded(app.app.setAvatarImage().upload(alice, PNG));
      app.events.clear();

      User user = app.app.setAvatarImage().remove(alice);

      assertThat(user.avatar()).isEmpty();
      assertThat(current().avatar()).isEmpty();
      assertThat(app.app.getUser().avatarImage(id)).isEmpty();
      assertThat(app.avatarImages.loadImage(id)).isEmpty();
      assertThat(app.events.ofType(UserEvent.ProfileUpdated.class))
          .containsExactly(new UserEvent.ProfileUpdated(user));
    }

    @Test
    void removeAlsoClearsAnEmojiAvatar() {
      update(keep(), keep(), keep(), Patch.setTo("🦊"));

      assertThat(app.app.setAvatarImage().remove(alice).avatar()).isEmpty();
      assertThat(current().avatar()).isEmpty();
    }

    @Test
    void userWithoutAnImageHasNoAvatarToServe() {
      assertThat(app.app.getUser().avatarImage(id)).isEmpty();
      update(keep(), keep(), keep(), Patch.setTo("🦊"));
      assertThat(app.app.getUser().avatarImage(id)).isEmpty();
      assertThat(app.app.getUser().avatarImage(new UserId(424242))).isEmpty();
    }
  }

  @Test
  void userIsReadByIdAndUnknownIdIsNotFound() {
    assertThat(app.app.getUser().user(id).orElseThrow().username().value()).isEqualTo("alice");
    assertThat(app.app.getUser().user(new UserId(424242))).isEmpty();
  }
}
