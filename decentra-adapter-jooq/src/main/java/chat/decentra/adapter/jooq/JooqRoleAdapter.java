package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.CHANNEL_OVERWRITES;
import static chat.decentra.adapter.jooq.schema.Tables.ROLES;

import chat.decentra.adapter.jooq.schema.tables.records.RolesRecord;
import chat.decentra.application.port.out.guild.LoadRolePort;
import chat.decentra.application.port.out.guild.SaveRolePort;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permissions;
import java.util.List;
import org.jooq.DSLContext;

/** Roles in the {@code roles} table; deleting one takes it from members and overwrites. */
final class JooqRoleAdapter implements LoadRolePort, SaveRolePort {

  private final DSLContext dsl;

  JooqRoleAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<Role> listRoles(GuildId guild) {
    // Role.HIERARCHY: by position, and at equal positions the older role (smaller id) ranks higher.
    return dsl.selectFrom(ROLES)
        .where(ROLES.GUILD_ID.eq(guild.value()))
        .orderBy(ROLES.POSITION.asc(), ROLES.ID.desc())
        .fetch(JooqRoleAdapter::toRole);
  }

  @Override
  public void insertRole(Role role) {
    dsl.insertInto(ROLES)
        .set(ROLES.ID, role.id().value())
        .set(ROLES.GUILD_ID, role.guildId().value())
        .set(ROLES.NAME, role.name())
        .set(ROLES.COLOUR, role.colour())
        .set(ROLES.POSITION, role.position())
        .set(ROLES.PERMISSIONS, role.permissions().bits())
        .set(ROLES.HOIST, role.hoist())
        .execute();
  }

  @Override
  public void updateRole(Role role) {
    dsl.update(ROLES)
        .set(ROLES.NAME, role.name())
        .set(ROLES.COLOUR, role.colour())
        .set(ROLES.POSITION, role.position())
        .set(ROLES.PERMISSIONS, role.permissions().bits())
        .set(ROLES.HOIST, role.hoist())
        .where(ROLES.ID.eq(role.id().value()))
        .execute();
  }

  @Override
  public void deleteRole(RoleId id) {
    // Overwrites name roles and members in one column, which no foreign key can follow; the
    // member_roles rows go by ON DELETE CASCADE.
    dsl.deleteFrom(CHANNEL_OVERWRITES)
        .where(CHANNEL_OVERWRITES.TARGET_KIND.eq(Overwrites.ROLE))
        .and(CHANNEL_OVERWRITES.TARGET_ID.eq(id.value()))
        .execute();
    dsl.deleteFrom(ROLES).where(ROLES.ID.eq(id.value())).execute();
  }

  private static Role toRole(RolesRecord r) {
    return new Role(
        new RoleId(r.getId()),
        new GuildId(r.getGuildId()),
        r.getName(),
        r.getColour(),
        r.getPosition(),
        new Permissions(r.getPermissions()),
        r.getHoist());
  }
}
