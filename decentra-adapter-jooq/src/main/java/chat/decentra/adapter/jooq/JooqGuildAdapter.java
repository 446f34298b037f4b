package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.GUILDS;
import static chat.decentra.adapter.jooq.schema.Tables.MEMBERS;

import chat.decentra.adapter.jooq.schema.tables.records.GuildsRecord;
import chat.decentra.application.port.out.guild.LoadGuildPort;
import chat.decentra.application.port.out.guild.SaveGuildPort;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/** Guilds in the {@code guilds} table; deleting one cascades to every table of its contents. */
final class JooqGuildAdapter implements LoadGuildPort, SaveGuildPort {

  private final DSLContext dsl;

  JooqGuildAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Guild> loadGuild(GuildId id) {
    return dsl.selectFrom(GUILDS)
        .where(GUILDS.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqGuildAdapter::toGuild);
  }

  @Override
  public Optional<Guild> loadGuildForUpdate(GuildId id) {
    var select = dsl.selectFrom(GUILDS).where(GUILDS.ID.eq(id.value()));
    // On PostgreSQL, FOR NO KEY UPDATE serialises the guild's changes just as well, but unlike FOR
    // UPDATE it lets others insert rows that reference the guild (foreign key checks take KEY
    // SHARE), and only deleting the guild waits for them. H2 has a single kind of row lock.
    var locked =
        dsl.dialect().family() == SQLDialect.POSTGRES
            ? select.forNoKeyUpdate()
            : select.forUpdate();
    return locked.fetchOptional().map(JooqGuildAdapter::toGuild);
  }

  @Override
  public List<Guild> listGuildsOf(UserId member) {
    return dsl.select(GUILDS.fields())
        .from(MEMBERS)
        .join(GUILDS)
        .on(GUILDS.ID.eq(MEMBERS.GUILD_ID))
        .where(MEMBERS.USER_ID.eq(member.value()))
        .orderBy(MEMBERS.JOINED_AT.asc(), MEMBERS.GUILD_ID.asc())
        .fetch(r -> toGuild(r.into(GUILDS)));
  }

  @Override
  public void insertGuild(Guild guild) {
    var icon = guild.icon();
    dsl.insertInto(GUILDS)
        .set(GUILDS.ID, guild.id().value())
        .set(GUILDS.NAME, guild.name())
        .set(GUILDS.OWNER_ID, guild.ownerId().value())
        .set(GUILDS.ICON_TYPE, icon.map(i -> i.type().mediaType()).orElse(null))
        .set(GUILDS.ICON_VERSION, icon.map(GuildIcon::version).orElse(null))
        .set(GUILDS.CREATED_AT, guild.createdAt())
        .execute();
  }

  @Override
  public void updateGuild(Guild guild) {
    var icon = guild.icon();
    dsl.update(GUILDS)
        .set(GUILDS.NAME, guild.name())
        .set(GUILDS.OWNER_ID, guild.ownerId().value())
        .set(GUILDS.ICON_TYPE, icon.map(i -> i.type().mediaType()).orElse(null))
        .set(GUILDS.ICON_VERSION, icon.map(GuildIcon::version).orElse(null))
        .where(GUILDS.ID.eq(guild.id().value()))
        .execute();
  }

  @Override
  public void deleteGuild(GuildId id) {
    // Channels, roles, members, bans, invites, audit entries and the icon reference the guild ON
    // DELETE CASCADE; overwrites and member roles go with their channels, members and roles.
    dsl.deleteFrom(GUILDS).where(GUILDS.ID.eq(id.value())).execute();
  }

  private static Guild toGuild(GuildsRecord r) {
    Optional<GuildIcon> icon =
        r.getIconType() == null
            ? Optional.empty()
            : Optional.of(
                new GuildIcon(ImageTypes.fromStored(r.getIconType()), r.getIconVersion()));
    return new Guild(
        new GuildId(r.getId()), r.getName(), new UserId(r.getOwnerId()), icon, r.getCreatedAt());
  }
}
