package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.INSTANCE_STATE;

import chat.decentra.application.port.out.InstanceStatePort;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import org.jooq.DSLContext;

/** The single row of {@code instance_state}. */
final class JooqInstanceStateAdapter implements InstanceStatePort {

  private static final short THE_ROW = 1;

  private final DSLContext dsl;

  JooqInstanceStateAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public boolean claimAdmin(UserId user) {
    // The condition is checked again after waiting for a concurrent claim's row lock, so exactly
    // one claim changes the row.
    return dsl.update(INSTANCE_STATE)
            .set(INSTANCE_STATE.ADMIN_USER_ID, user.value())
            .where(INSTANCE_STATE.ID.eq(THE_ROW))
            .and(INSTANCE_STATE.ADMIN_USER_ID.isNull())
            .execute()
        == 1;
  }

  @Override
  public Optional<UserId> admin() {
    return dsl.select(INSTANCE_STATE.ADMIN_USER_ID)
        .from(INSTANCE_STATE)
        .where(INSTANCE_STATE.ID.eq(THE_ROW))
        .fetchOptional(INSTANCE_STATE.ADMIN_USER_ID)
        .map(UserId::new);
  }

  @Override
  public boolean membersCanInvite() {
    return dsl.select(INSTANCE_STATE.MEMBERS_CAN_INVITE)
        .from(INSTANCE_STATE)
        .where(INSTANCE_STATE.ID.eq(THE_ROW))
        .fetchSingle(INSTANCE_STATE.MEMBERS_CAN_INVITE);
  }

  @Override
  public void setMembersCanInvite(boolean allowed) {
    dsl.update(INSTANCE_STATE)
        .set(INSTANCE_STATE.MEMBERS_CAN_INVITE, allowed)
        .where(INSTANCE_STATE.ID.eq(THE_ROW))
        .execute();
  }

  @Override
  public boolean guildInvitesAllowSignUp() {
    return dsl.select(INSTANCE_STATE.GUILD_INVITES_ALLOW_SIGN_UP)
        .from(INSTANCE_STATE)
        .where(INSTANCE_STATE.ID.eq(THE_ROW))
        .fetchSingle(INSTANCE_STATE.GUILD_INVITES_ALLOW_SIGN_UP);
  }

  @Override
  public void setGuildInvitesAllowSignUp(boolean allowed) {
    dsl.update(INSTANCE_STATE)
        .set(INSTANCE_STATE.GUILD_INVITES_ALLOW_SIGN_UP, allowed)
        .where(INSTANCE_STATE.ID.eq(THE_ROW))
        .execute();
  }
}
