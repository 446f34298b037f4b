package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.INSTANCE_INVITES;

import chat.decentra.adapter.jooq.schema.tables.records.InstanceInvitesRecord;
import chat.decentra.application.port.out.InstanceInvitePort;
import chat.decentra.domain.invite.InstanceInvite;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Instance invites in the {@code instance_invites} table. */
final class JooqInstanceInviteAdapter implements InstanceInvitePort {

  private final DSLContext dsl;

  JooqInstanceInviteAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insertInvite(InstanceInvite invite) {
    dsl.insertInto(INSTANCE_INVITES)
        .set(INSTANCE_INVITES.CODE, invite.code().value())
        .set(INSTANCE_INVITES.CREATED_BY, invite.createdBy().value())
        .set(INSTANCE_INVITES.CREATED_AT, invite.createdAt())
        .set(INSTANCE_INVITES.MAX_USES, invite.maxUses().orElse(null))
        .set(INSTANCE_INVITES.USES, invite.uses())
        .set(INSTANCE_INVITES.EXPIRES_AT, invite.expiresAt().orElse(null))
        .set(INSTANCE_INVITES.REVOKED, invite.revoked())
        .execute();
  }

  @Override
  public Optional<InstanceInvite> findInvite(InviteCode code) {
    return dsl.selectFrom(INSTANCE_INVITES)
        .where(INSTANCE_INVITES.CODE.eq(code.value()))
        .fetchOptional()
        .map(JooqInstanceInviteAdapter::toInvite);
  }

  @Override
  public Optional<InstanceInvite> findInviteForUpdate(InviteCode code) {
    return dsl.selectFrom(INSTANCE_INVITES)
        .where(INSTANCE_INVITES.CODE.eq(code.value()))
        .forUpdate()
        .fetchOptional()
        .map(JooqInstanceInviteAdapter::toInvite);
  }

  @Override
  public void updateInvite(InstanceInvite invite) {
    dsl.update(INSTANCE_INVITES)
        .set(INSTANCE_INVITES.USES, invite.uses())
        .set(INSTANCE_INVITES.REVOKED, invite.revoked())
        .where(INSTANCE_INVITES.CODE.eq(invite.code().value()))
        .execute();
  }

  @Override
  public List<InstanceInvite> listInvites() {
    return listWhere(DSL.noCondition());
  }

  @Override
  public List<InstanceInvite> listInvitesBy(UserId creator) {
    return listWhere(INSTANCE_INVITES.CREATED_BY.eq(creator.value()));
  }

  private List<InstanceInvite> listWhere(Condition condition) {
    return dsl.selectFrom(INSTANCE_INVITES)
        .where(condition)
        .orderBy(INSTANCE_INVITES.CREATED_AT.desc(), INSTANCE_INVITES.CODE.asc())
        .fetch(JooqInstanceInviteAdapter::toInvite);
  }

  private static InstanceInvite toInvite(InstanceInvitesRecord r) {
    return new InstanceInvite(
        new InviteCode(r.getCode()),
        new UserId(r.getCreatedBy()),
        r.getCreatedAt(),
        Optional.ofNullable(r.getMaxUses()),
        r.getUses(),
        Optional.ofNullable(r.getExpiresAt()),
        r.getRevoked());
  }
}
