package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.GUILD_BANS;

import chat.decentra.adapter.jooq.schema.tables.records.GuildBansRecord;
import chat.decentra.application.port.out.guild.GuildBanPort;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Guild bans in the {@code guild_bans} table, one row per guild and user. */
final class JooqGuildBanAdapter implements GuildBanPort {

  private final DSLContext dsl;

  JooqGuildBanAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insertBan(Ban ban) {
    dsl.insertInto(GUILD_BANS)
        .set(GUILD_BANS.GUILD_ID, ban.guildId().value())
        .set(GUILD_BANS.USER_ID, ban.userId().value())
        .set(GUILD_BANS.REASON, ban.reason().orElse(null))
        .set(GUILD_BANS.BANNED_BY, ban.bannedBy().value())
        .set(GUILD_BANS.BANNED_AT, ban.bannedAt())
        .execute();
  }

  @Override
  public Optional<Ban> findBan(GuildId guild, UserId user) {
    return dsl.selectFrom(GUILD_BANS)
        .where(GUILD_BANS.GUILD_ID.eq(guild.value()))
        .and(GUILD_BANS.USER_ID.eq(user.value()))
        .fetchOptional()
        .map(JooqGuildBanAdapter::toBan);
  }

  @Override
  public boolean deleteBan(GuildId guild, UserId user) {
    return dsl.deleteFrom(GUILD_BANS)
            .where(GUILD_BANS.GUILD_ID.eq(guild.value()))
            .and(GUILD_BANS.USER_ID.eq(user.value()))
            .execute()
        == 1;
  }

  @Override
  public List<Ban> listBans(GuildId guild) {
    return dsl.selectFrom(GUILD_BANS)
        .where(GUILD_BANS.GUILD_ID.eq(guild.value()))
        .orderBy(GUILD_BANS.BANNED_AT.desc(), GUILD_BANS.USER_ID.desc())
        .fetch(JooqGuildBanAdapter::toBan);
  }

  private static Ban toBan(GuildBansRecord r) {
    return new Ban(
        new GuildId(r.getGuildId()),
        new UserId(r.getUserId()),
        Optional.ofNullable(r.getReason()),
        new UserId(r.getBannedBy()),
        r.getBannedAt());
  }
}
