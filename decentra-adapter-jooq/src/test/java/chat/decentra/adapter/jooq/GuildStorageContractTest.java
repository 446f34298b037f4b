package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AUDIT_LOG;
import static chat.decentra.adapter.jooq.schema.Tables.CHANNELS;
import static chat.decentra.adapter.jooq.schema.Tables.CHANNEL_OVERWRITES;
import static chat.decentra.adapter.jooq.schema.Tables.GUILDS;
import static chat.decentra.adapter.jooq.schema.Tables.GUILD_BANS;
import static chat.decentra.adapter.jooq.schema.Tables.GUILD_ICONS;
import static chat.decentra.adapter.jooq.schema.Tables.GUILD_INVITES;
import static chat.decentra.adapter.jooq.schema.Tables.MEMBERS;
import static chat.decentra.adapter.jooq.schema.Tables.MEMBER_ROLES;
import static chat.decentra.adapter.jooq.schema.Tables.ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the jOOQ guild adapters promise beyond the ports' contract, on each database: the schema's
 * cascades leave no row behind, the guild lock serialises changes, a refused membership leaves the
 * transaction usable, and lists take a fixed number of queries.
 */
abstract class GuildStorageContractTest {

  private static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123Z");
  private static final UserId ALICE = new UserId(1);
  private static final UserId BOB = new UserId(2);
  private static final UserId CAROL = new UserId(3);

  private static final List<Table<?>> GUILD_TABLES =
      List.of(
          GUILDS,
          GUILD_ICONS,
          CHANNELS,
          CHANNEL_OVERWRITES,
          ROLES,
          MEMBERS,
          MEMBER_ROLES,
          GUILD_BANS,
          GUILD_INVITES,
          AUDIT_LOG);

  private JooqPersistence persistence;

  /** The persistence over empty tables; called before each test. */
  protected abstract JooqPersistence freshPersistence();

  @BeforeEach
  void createUsers() {
    persistence = freshPersistence();
    for (UserId id : List.of(ALICE, BOB, CAROL)) {
      user(id);
    }
  }

  private void user(UserId id) {
    var user = User.newcomer(id, new Username("user" + id), false, Optional.empty(), T0);
    assertThat(persistence.saveUserPort().insertUser(user, "hash")).isTrue();
  }

  @Test
  void deletingAGuildLeavesNoRowOfItInAnyTable() {
    var doomed = populate(100);
    populate(200);
    Map<String, Integer> before = rowCounts();

    persistence.saveGuildPort().deleteGuild(doomed);

    assertThat(before.values()).allSatisfy(n -> assertThat(n).isPositive().isEven());
    Map<String, Integer> half = new LinkedHashMap<>();
    before.forEach((table, n) -> half.put(table, n / 2));
    assertThat(rowCounts()).isEqualTo(half);
  }

  @Test
  void deletingARoleKeepsMemberOverwritesOfAUserWithTheSameId() {
    Guild guild = guild(100);
    var role = role(guild, 11);
    var sameIdUser = new UserId(11);
    user(sameIdUser);
    Channel channel =
        channel(guild, 12, ChannelKind.TEXT, Optional.empty())
            .withOverwrite(allow(new OverwriteTarget.ForRole(role.id())))
            .withOverwrite(allow(new OverwriteTarget.ForMember(sameIdUser)));
    persistence.saveChannelPort().updateChannel(channel);
    persistence
        .saveMemberPort()
        .insertMember(Member.joined(guild.id(), BOB, T0).withRole(role.id()));

    persistence.saveRolePort().deleteRole(role.id());

    assertThat(persistence.loadChannelPort().loadChannel(channel.id()).orElseThrow().overwrites())
        .extracting(PermissionOverwrite::target)
        .containsExactly(new OverwriteTarget.ForMember(sameIdUser));
    assertThat(persistence.dsl().fetchCount(MEMBER_ROLES)).isZero();
  }

  @Test
  void deletingACategoryLeavesItsChannelsWithoutParent() {
    Guild guild = guild(100);
    Channel category = channel(guild, 11, ChannelKind.CATEGORY, Optional.empty());
    Channel child = channel(guild, 12, ChannelKind.TEXT, Optional.of(category.id()));

    persistence.saveChannelPort().deleteChannel(category.id());

    assertThat(persistence.loadChannelPort().loadChannel(child.id()))
        .contains(child.withParent(Optional.empty()));
  }

  @Test
  void leavingDeletesTheMembersRolesSoRejoiningStartsWithout() {
    Guild guild = guild(100);
    var role = role(guild, 11);
    persistence
        .saveMemberPort()
        .insertMember(Member.joined(guild.id(), BOB, T0).withRole(role.id()));

    persistence.saveMemberPort().deleteMember(guild.id(), BOB);
    var again = Member.joined(guild.id(), BOB, T0.plusSeconds(1));
    persistence.saveMemberPort().insertMember(again);

    assertThat(persistence.loadMemberPort().loadMember(guild.id(), BOB)).contains(again);
    assertThat(persistence.dsl().fetchCount(MEMBER_ROLES)).isZero();
  }

  @Test
  void aRoleOfAnotherGuildCannotBeAssigned() {
    Guild guild = guild(100);
    var foreign = role(guild(200), 201);

    assertThatThrownBy(
            () ->
                persistence
                    .saveMemberPort()
                    .insertMember(Member.joined(guild.id(), BOB, T0).withRole(foreign.id())))
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void aRefusedMembershipLeavesTheTransactionUsable() {
    Guild guild = guild(100);

    boolean second =
        persistence
            .transactionPort()
            .inTransaction(
                tx -> {
                  boolean refused =
                      persistence
                          .saveMemberPort()
                          .insertMember(Member.joined(guild.id(), ALICE, T0.plusSeconds(1)));
                  // On PostgreSQL a failed statement would abort everything after it.
                  persistence.saveMemberPort().insertMember(Member.joined(guild.id(), BOB, T0));
                  return refused;
                });

    assertThat(second).isFalse();
    assertThat(persistence.loadMemberPort().countMembers(guild.id())).isEqualTo(2);
  }

  @Test
  void concurrentJoinsOfOneUserMakeOneMembership() throws Exception {
    Guild guild = guild(100);
    var joined = new AtomicInteger();

    // Without the guild's lock, as a careless caller would: the key alone must decide.
    concurrently(
        8,
        () ->
            persistence
                .transactionPort()
                .inTransaction(
                    tx -> {
                      if (persistence
                          .saveMemberPort()
                          .insertMember(Member.joined(guild.id(), BOB, T0))) {
                        joined.incrementAndGet();
                      }
                      return null;
                    }));

    assertThat(joined).hasValue(1);
    assertThat(persistence.loadMemberPort().countMembers(guild.id())).isEqualTo(2);
  }

  @Test
  void theGuildLockSerialisesConcurrentChanges() throws Exception {
    Guild guild = guild(100);
    int writers = 6;

    concurrently(
        writers,
        () ->
            persistence
                .transactionPort()
                .inTransaction(
                    tx -> {
                      Guild locked =
                          persistence.loadGuildPort().loadGuildForUpdate(guild.id()).orElseThrow();
                      persistence.saveGuildPort().updateGuild(locked.withName(locked.name() + "+"));
                      return null;
                    }));

    assertThat(persistence.loadGuildPort().loadGuild(guild.id()).orElseThrow().name())
        .isEqualTo(guild.name() + "+".repeat(writers));
  }

  @Test
  void theGuildLockLetsOthersAddRowsThatReferenceTheGuild() throws Exception {
    Guild guild = guild(100);
    var locked = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var executor = Executors.newFixedThreadPool(2);
    try {
      Future<?> holder =
          executor.submit(
              () ->
                  persistence
                      .transactionPort()
                      .inTransaction(
                          tx -> {
                            persistence.loadGuildPort().loadGuildForUpdate(guild.id());
                            locked.countDown();
                            await(release);
                            return null;
                          }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

      Future<?> insert =
          executor.submit(
              () ->
                  persistence
                      .auditLogPort()
                      .insertAuditEntry(
                          new AuditEntry(
                              new AuditEntryId(1),
                              guild.id(),
                              ALICE,
                              AuditAction.GUILD_UPDATE,
                              guild.id().toString(),
                              T0,
                              Optional.empty(),
                              Optional.empty())));

      try {
        insert.get(5, TimeUnit.SECONDS);
      } finally {
        release.countDown();
      }
      holder.get(10, TimeUnit.SECONDS);
    } finally {
      executor.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void listingChannelsAndMembersTakesTwoQueriesWhateverTheirNumber() {
    Guild guild = guild(100);
    var role = role(guild, 11);
    var everyone = new OverwriteTarget.ForRole(guild.everyoneRoleId());
    for (long id = 20; id < 30; id++) {
      var channel =
          channel(guild, id, ChannelKind.TEXT, Optional.empty())
              .withOverwrite(allow(everyone))
              .withOverwrite(allow(new OverwriteTarget.ForRole(role.id())));
      persistence.saveChannelPort().updateChannel(channel);
    }
    for (UserId user : List.of(BOB, CAROL)) {
      persistence
          .saveMemberPort()
          .insertMember(Member.joined(guild.id(), user, T0).withRole(role.id()));
    }
    var queries = new AtomicInteger();
    DSLContext counted =
        persistence
            .dsl()
            .configuration()
            .derive(ExecuteListener.onExecuteStart(ctx -> queries.incrementAndGet()))
            .dsl();

    List<Channel> channels = new JooqChannelAdapter(counted).listChannels(guild.id());
    int channelQueries = queries.getAndSet(0);
    List<Member> members = new JooqMemberAdapter(counted).listMembers(guild.id());
    int memberQueries = queries.getAndSet(0);

    assertThat(channels).hasSize(10).allSatisfy(c -> assertThat(c.overwrites()).hasSize(2));
    assertThat(channelQueries).isEqualTo(2);
    assertThat(members).hasSize(3);
    assertThat(members.stream().filter(m -> m.hasRole(role.id()))).hasSize(2);
    assertThat(memberQueries).isEqualTo(2);
  }

  @Test
  void moreUsersThanPostgresqlTakesParametersLoadInOneQuery() {
    var queries = new AtomicInteger();
    DSLContext counted =
        persistence
            .dsl()
            .configuration()
            .derive(ExecuteListener.onExecuteStart(ctx -> queries.incrementAndGet()))
            .dsl();
    // PostgreSQL's protocol allows 65535 parameters in one statement.
    Set<UserId> ids =
        LongStream.rangeClosed(1, 70_000).mapToObj(UserId::new).collect(Collectors.toSet());

    var found = new JooqUserAdapter(counted).loadUsers(ids);

    assertThat(found.keySet()).containsExactlyInAnyOrder(ALICE, BOB, CAROL);
    assertThat(queries).hasValue(1);
  }

  /** A guild with a row in every guild table, twice where a table holds several per guild. */
  private GuildId populate(long base) {
    Guild guild = guild(base);
    var role = role(guild, base + 1);
    Channel category = channel(guild, base + 2, ChannelKind.CATEGORY, Optional.empty());
    Channel text =
        channel(guild, base + 3, ChannelKind.TEXT, Optional.of(category.id()))
            .withOverwrite(allow(new OverwriteTarget.ForRole(guild.everyoneRoleId())))
            .withOverwrite(allow(new OverwriteTarget.ForRole(role.id())))
            .withOverwrite(allow(new OverwriteTarget.ForMember(BOB)));
    persistence.saveChannelPort().updateChannel(text);
    persistence
        .saveMemberPort()
        .insertMember(Member.joined(guild.id(), BOB, T0).withRole(role.id()));
    persistence.guildBanPort().insertBan(new Ban(guild.id(), CAROL, Optional.empty(), ALICE, T0));
    persistence
        .guildInvitePort()
        .insertGuildInvite(
            GuildInvite.create(
                new InviteCode("guild-invite-code-" + base + "-abcdef"),
                guild.id(),
                Optional.of(text.id()),
                ALICE,
                T0,
                InviteLimits.none()));
    persistence
        .auditLogPort()
        .insertAuditEntry(
            new AuditEntry(
                new AuditEntryId(base + 4),
                guild.id(),
                ALICE,
                AuditAction.CHANNEL_CREATE,
                text.id().toString(),
                T0,
                Optional.empty(),
                Optional.empty()));
    persistence.guildIconPort().saveIcon(guild.id(), ImageType.PNG, "v1", new byte[] {1, 2});
    return guild.id();
  }

  /** A guild owned by alice, with its {@code @everyone} role and alice as a member. */
  private Guild guild(long id) {
    Guild guild = Guild.create(new GuildId(id), "Guild " + id, ALICE, T0);
    persistence.saveGuildPort().insertGuild(guild);
    persistence
        .saveRolePort()
        .insertRole(Role.everyone(guild.id(), Role.DEFAULT_EVERYONE_PERMISSIONS));
    persistence.saveMemberPort().insertMember(Member.joined(guild.id(), ALICE, T0));
    return guild;
  }

  private Role role(Guild guild, long id) {
    var role = new Role(new RoleId(id), guild.id(), "r" + id, 0, 1, Permissions.none(), false);
    persistence.saveRolePort().insertRole(role);
    return role;
  }

  private Channel channel(Guild guild, long id, ChannelKind kind, Optional<ChannelId> parent) {
    var channel =
        Channel.create(new ChannelId(id), guild.id(), kind, "c" + id, 0).withParent(parent);
    persistence.saveChannelPort().insertChannel(channel);
    return channel;
  }

  private static PermissionOverwrite allow(OverwriteTarget target) {
    return new PermissionOverwrite(
        target, Permissions.of(Permission.VIEW_CHANNEL), Permissions.none());
  }

  private Map<String, Integer> rowCounts() {
    var counts = new LinkedHashMap<String, Integer>();
    for (Table<?> table : GUILD_TABLES) {
      counts.put(table.getName(), persistence.dsl().fetchCount(table));
    }
    return counts;
  }

  private static void concurrently(int threads, Callable<?> task) throws Exception {
    var executor = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<?>>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
