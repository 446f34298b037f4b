package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AVATAR_IMAGES;

import chat.decentra.application.port.out.AvatarImagePort;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import org.jooq.DSLContext;

/** Uploaded avatar images in the {@code avatar_images} table, one row per user. */
final class JooqAvatarImageAdapter implements AvatarImagePort {

  private final DSLContext dsl;

  JooqAvatarImageAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void saveImage(UserId user, ImageType type, String version, byte[] data) {
    dsl.insertInto(AVATAR_IMAGES)
        .set(AVATAR_IMAGES.USER_ID, user.value())
        .set(AVATAR_IMAGES.CONTENT_TYPE, type.mediaType())
        .set(AVATAR_IMAGES.VERSION, version)
        .set(AVATAR_IMAGES.DATA, data)
        .onConflict(AVATAR_IMAGES.USER_ID)
        .doUpdate()
        .set(AVATAR_IMAGES.CONTENT_TYPE, type.mediaType())
        .set(AVATAR_IMAGES.VERSION, version)
        .set(AVATAR_IMAGES.DATA, data)
        .execute();
  }

  @Override
  public Optional<StoredImage> loadImage(UserId user) {
    return dsl.select(AVATAR_IMAGES.CONTENT_TYPE, AVATAR_IMAGES.VERSION, AVATAR_IMAGES.DATA)
        .from(AVATAR_IMAGES)
        .where(AVATAR_IMAGES.USER_ID.eq(user.value()))
        .fetchOptional(
            r -> new StoredImage(ImageTypes.fromStored(r.value1()), r.value2(), r.value3()));
  }

  @Override
  public void deleteImage(UserId user) {
    dsl.deleteFrom(AVATAR_IMAGES).where(AVATAR_IMAGES.USER_ID.eq(user.value())).execute();
  }
}
