package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.GUILD_ICONS;

import chat.decentra.application.port.out.guild.GuildIconPort;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.media.ImageType;
import java.util.Optional;
import org.jooq.DSLContext;

/** Uploaded guild icons in the {@code guild_icons} table, one row per guild. */
final class JooqGuildIconAdapter implements GuildIconPort {

  private final DSLContext dsl;

  JooqGuildIconAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void saveIcon(GuildId guild, ImageType type, String version, byte[] data) {
    dsl.insertInto(GUILD_ICONS)
        .set(GUILD_ICONS.GUILD_ID, guild.value())
        .set(GUILD_ICONS.CONTENT_TYPE, type.mediaType())
        .set(GUILD_ICONS.VERSION, version)
        .set(GUILD_ICONS.DATA, data)
        .onConflict(GUILD_ICONS.GUILD_ID)
        .doUpdate()
        .set(GUILD_ICONS.CONTENT_TYPE, type.mediaType())
        .set(GUILD_ICONS.VERSION, version)
        .set(GUILD_ICONS.DATA, data)
        .execute();
  }

  @Override
  public Optional<StoredIcon> loadIcon(GuildId guild) {
    return dsl.select(GUILD_ICONS.CONTENT_TYPE, GUILD_ICONS.VERSION, GUILD_ICONS.DATA)
        .from(GUILD_ICONS)
        .where(GUILD_ICONS.GUILD_ID.eq(guild.value()))
        .fetchOptional(
            r -> new StoredIcon(ImageTypes.fromStored(r.value1()), r.value2(), r.value3()));
  }

  @Override
  public void deleteIcon(GuildId guild) {
    dsl.deleteFrom(GUILD_ICONS).where(GUILD_ICONS.GUILD_ID.eq(guild.value())).execute();
  }
}
