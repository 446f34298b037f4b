package chat.decentra.application.testing;

import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Avatar images in a map, for service tests. */
public final class InMemoryAvatarImageAdapter implements AvatarImagePort, InMemoryStore {

  private Map<UserId, StoredImage> images = new HashMap<>();

  @Override
  public synchronized void saveImage(UserId user, ImageType type, String version, byte[] data) {
    images.put(user, new StoredImage(type, version, data.clone()));
  }

  @Override
  public synchronized Optional<StoredImage> loadImage(UserId user) {
    return Optional.ofNullable(images.get(user));
  }

  @Override
  public synchronized void deleteImage(UserId user) {
    images.remove(user);
  }

  @Override
  public synchronized Object snapshot() {
    return new HashMap<>(images);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    images = new HashMap<>((Map<UserId, StoredImage>) snapshot);
  }
}
