package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.GUILD_INVITES;

import chat.decentra.adapter.jooq.schema.tables.records.GuildInvitesRecord;
import chat.decentra.application.port.out.guild.GuildInvitePort;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Guild invites in the {@code guild_invites} table, found by their code. */
final class JooqGuildInviteAdapter implements GuildInvitePort {

  private final DSLContext dsl;

  JooqGuildInviteAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insertGuildInvite(GuildInvite invite) {
    dsl.insertInto(GUILD_INVITES)
        .set(GUILD_INVITES.CODE, invite.code().value())
        .set(GUILD_INVITES.GUILD_ID, invite.guildId().value())
        .set(GUILD_INVITES.CHANNEL_ID, invite.channelId().map(ChannelId::value).orElse(null))
        .set(GUILD_INVITES.CREATED_BY, invite.createdBy().value())
        .set(GUILD_INVITES.CREATED_AT, invite.createdAt())
        .set(GUILD_INVITES.MAX_USES, invite.maxUses().orElse(null))
        .set(GUILD_INVITES.USES, invite.uses())
        .set(GUILD_INVITES.EXPIRES_AT, invite.expiresAt().orElse(null))
        .set(GUILD_INVITES.REVOKED, invite.revoked())
        .execute();
  }

  @Override
  public Optional<GuildInvite> findGuildInvite(InviteCode code) {
    return dsl.selectFrom(GUILD_INVITES)
        .where(GUILD_INVITES.CODE.eq(code.value()))
        .fetchOptional()
        .map(JooqGuildInviteAdapter::toInvite);
  }

  @Override
  public Optional<GuildInvite> findGuildInviteForUpdate(InviteCode code) {
    return dsl.selectFrom(GUILD_INVITES)
        .where(GUILD_INVITES.CODE.eq(code.value()))
        .forUpdate()
        .fetchOptional()
        .map(JooqGuildInviteAdapter::toInvite);
  }

  @Override
  public void updateGuildInvite(GuildInvite invite) {
    dsl.update(GUILD_INVITES)
        .set(GUILD_INVITES.USES, invite.uses())
        .set(GUILD_INVITES.REVOKED, invite.revoked())
        .where(GUILD_INVITES.CODE.eq(invite.code().value()))
        .execute();
  }

  @Override
  public List<GuildInvite> listGuildInvites(GuildId guild) {
    return dsl.selectFrom(GUILD_INVITES)
        .where(GUILD_INVITES.GUILD_ID.eq(guild.value()))
        .orderBy(GUILD_INVITES.CREATED_AT.desc(), GUILD_INVITES.CODE.asc())
        .fetch(JooqGuildInviteAdapter::toInvite);
  }

  private static GuildInvite toInvite(GuildInvitesRecord r) {
    return new GuildInvite(
        new InviteCode(r.getCode()),
        new GuildId(r.getGuildId()),
        Optional.ofNullable(r.getChannelId()).map(ChannelId::new),
        new UserId(r.getCreatedBy()),
        r.getCreatedAt(),
        Optional.ofNullable(r.getMaxUses()),
        r.getUses(),
        Optional.ofNullable(r.getExpiresAt()),
        r.getRevoked());
  }
}
