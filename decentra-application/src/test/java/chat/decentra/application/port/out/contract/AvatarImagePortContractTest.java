package chat.decentra.application.port.out.contract;

import static chat.decentra.application.port.out.contract.Fixtures.givenUser;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.application.port.out.AvatarImagePort.StoredImage;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What callers rely on from every adapter of {@link AvatarImagePort}. */
public abstract class AvatarImagePortContractTest {

  /** The adapter under test, and a way to create the users that images belong to. */
  public record Subject(AvatarImagePort images, SaveUserPort users) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private AvatarImagePort images;
  private UserId alice;
  private UserId bob;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    images = subject.images();
    alice = givenUser(subject.users(), 1, "alice");
    bob = givenUser(subject.users(), 2, "bob");
  }

  private static byte[] bytes(int length, long seed) {
    var data = new byte[length];
    new Random(seed).nextBytes(data);
    return data;
  }

  private static void assertImage(
      Optional<StoredImage> loaded, ImageType type, String version, byte[] data) {
    assertThat(loaded).isPresent();
    assertThat(loaded.get().type()).isEqualTo(type);
    assertThat(loaded.get().version()).isEqualTo(version);
    assertThat(loaded.get().data()).isEqualTo(data);
  }

  @Test
  void savedImageLoadsBack() {
    byte[] data = bytes(1000, 1);

    images.saveImage(alice, ImageType.PNG, "v1", data);

    assertImage(images.loadImage(alice), ImageType.PNG, "v1", data);
  }

  @Test
  void userWithoutImageHasNone() {
    assertThat(images.loadImage(alice)).isEmpty();
  }

  @Test
  void savingAgainReplacesTheImage() {
    images.saveImage(alice, ImageType.PNG, "v1", bytes(100, 1));
    byte[] second = bytes(200, 2);

    images.saveImage(alice, ImageType.JPEG, "v2", second);

    assertImage(images.loadImage(alice), ImageType.JPEG, "v2", second);
  }

  @Test
  void imagesBelongToOneUserEach() {
    byte[] alices = bytes(10, 1);
    byte[] bobs = bytes(20, 2);
    images.saveImage(alice, ImageType.GIF, "a", alices);
    images.saveImage(bob, ImageType.WEBP, "b", bobs);

    images.deleteImage(bob);

    assertImage(images.loadImage(alice), ImageType.GIF, "a", alices);
    assertThat(images.loadImage(bob)).isEmpty();
  }

  @Test
  void deletingWhenThereIsNoImageDoesNothing() {
    images.deleteImage(alice);

    assertThat(images.loadImage(alice)).isEmpty();
  }

  @Test
  void largestAllowedUploadRoundTrips() {
    byte[] data = bytes(ImageType.MAX_UPLOAD_BYTES, 3);

    images.saveImage(alice, ImageType.JPEG, "big", data);

    assertImage(images.loadImage(alice), ImageType.JPEG, "big", data);
  }

  @Test
  void storedBytesDoNotChangeWhenTheCallersArrayDoes() {
    byte[] data = bytes(16, 4);
    byte[] copy = data.clone();

    images.saveImage(alice, ImageType.PNG, "v1", data);
    data[0]++;

    assertImage(images.loadImage(alice), ImageType.PNG, "v1", copy);
  }
}
