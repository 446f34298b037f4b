package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.MEMBERS;
import static chat.decentra.adapter.jooq.schema.Tables.MEMBER_ROLES;

import chat.decentra.adapter.jooq.schema.tables.records.MembersRecord;
import chat.decentra.application.port.out.guild.LoadMemberPort;
import chat.decentra.application.port.out.guild.SaveMemberPort;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.user.UserId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/** Memberships in the {@code members} table, with their roles in {@code member_roles}. */
final class JooqMemberAdapter implements LoadMemberPort, SaveMemberPort {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String MEMBERS_KEY = "members_pkey";

  private final DSLContext dsl;

  JooqMemberAdapter(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Optional<Member> loadMember(GuildId guild, UserId user) {
    Optional<MembersRecord> member =
        dsl.selectFrom(MEMBERS)
            .where(MEMBERS.GUILD_ID.eq(guild.value()))
            .and(MEMBERS.USER_ID.eq(user.value()))
            .fetchOptional();
    if (member.isEmpty()) {
      return Optional.empty();
    }
    Set<RoleId> roles =
        dsl.select(MEMBER_ROLES.ROLE_ID)
            .from(MEMBER_ROLES)
            .where(MEMBER_ROLES.GUILD_ID.eq(guild.value()))
            .and(MEMBER_ROLES.USER_ID.eq(user.value()))
            .fetchSet(r -> new RoleId(r.value1()));
    return Optional.of(toMember(member.get(), roles));
  }

  @Override
  public List<Member> listMembers(GuildId guild) {
    List<MembersRecord> members =
        dsl.selectFrom(MEMBERS)
            .where(MEMBERS.GUILD_ID.eq(guild.value()))
            .orderBy(MEMBERS.JOINED_AT.asc(), MEMBERS.USER_ID.asc())
            .fetch();
    if (members.isEmpty()) {
      return List.of();
    }
    // The roles of every member of the guild in one query, not one per member.
    Map<Long, Set<RoleId>> roles =
        dsl
            .select(MEMBER_ROLES.USER_ID, MEMBER_ROLES.ROLE_ID)
            .from(MEMBER_ROLES)
            .where(MEMBER_ROLES.GUILD_ID.eq(guild.value()))
            .fetch()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.value1(),
                    Collectors.mapping(r -> new RoleId(r.value2()), Collectors.toSet())));
    return members.stream()
        .map(m -> toMember(m, roles.getOrDefault(m.getUserId(), Set.of())))
        .toList();
  }

  @Override
  public int countMembers(GuildId guild) {
    return dsl.fetchCount(MEMBERS, MEMBERS.GUILD_ID.eq(guild.value()));
  }

  @Override
  public boolean insertMember(Member member) {
    int inserted;
    try {
      // ON CONFLICT DO NOTHING instead of a caught error: on PostgreSQL an error would abort the
      // caller's whole transaction. jOOQ writes it as MERGE on H2.
      inserted =
          dsl.insertInto(MEMBERS)
              .set(MEMBERS.GUILD_ID, member.guildId().value())
              .set(MEMBERS.USER_ID, member.userId().value())
              .set(MEMBERS.NICKNAME, member.nickname().orElse(null))
              .set(MEMBERS.JOINED_AT, member.joinedAt())
              .onConflict(MEMBERS.GUILD_ID, MEMBERS.USER_ID)
              .doNothing()
              .execute();
    } catch (DataAccessException e) {
      if (isH2MembershipRace(e)) {
        // H2's MERGE can still collide with a concurrent, just-committed insert of the same
        // membership; H2 undoes only the failed statement, so the transaction stays usable.
        return false;
      }
      throw e;
    }
    if (inserted != 1) {
      return false;
    }
    insertRoles(member.guildId(), member.userId(), member.roleIds());
    return true;
  }

  private boolean isH2MembershipRace(DataAccessException e) {
    return dsl.dialect().family() == SQLDialect.H2
        && UNIQUE_VIOLATION.equals(e.sqlState())
        && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains(MEMBERS_KEY);
  }

  @Override
  public void updateMember(Member member) {
    long guild = member.guildId().value();
    long user = member.userId().value();
    dsl.update(MEMBERS)
        .set(MEMBERS.NICKNAME, member.nickname().orElse(null))
        .where(MEMBERS.GUILD_ID.eq(guild))
        .and(MEMBERS.USER_ID.eq(user))
        .execute();
    dsl.deleteFrom(MEMBER_ROLES)
        .where(MEMBER_ROLES.GUILD_ID.eq(guild))
        .and(MEMBER_ROLES.USER_ID.eq(user))
        .execute();
    insertRoles(member.guildId(), member.userId(), member.roleIds());
  }

  @Override
  public boolean deleteMember(GuildId guild, UserId user) {
    // The member's roles reference the membership ON DELETE CASCADE.
    return dsl.deleteFrom(MEMBERS)
            .where(MEMBERS.GUILD_ID.eq(guild.value()))
            .and(MEMBERS.USER_ID.eq(user.value()))
            .execute()
        == 1;
  }

  private void insertRoles(GuildId guild, UserId user, Set<RoleId> roles) {
    if (roles.isEmpty()) {
      return;
    }
    var insert =
        dsl.insertInto(
            MEMBER_ROLES, MEMBER_ROLES.GUILD_ID, MEMBER_ROLES.USER_ID, MEMBER_ROLES.ROLE_ID);
    for (RoleId role : roles) {
      insert = insert.values(guild.value(), user.value(), role.value());
    }
    insert.execute();
  }

  private static Member toMember(MembersRecord r, Set<RoleId> roles) {
    return new Member(
        new GuildId(r.getGuildId()),
        new UserId(r.getUserId()),
        Optional.ofNullable(r.getNickname()),
        roles,
        r.getJoinedAt());
  }
}
