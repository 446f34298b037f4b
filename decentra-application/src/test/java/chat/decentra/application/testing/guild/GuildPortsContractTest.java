package chat.decentra.application.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.GuildPorts;
import chat.decentra.application.port.out.SaveUserPort;
import chat.decentra.application.port.out.TransactionPort;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.audit.AuditEntry;
import chat.decentra.domain.audit.AuditEntryId;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.Guild;
import chat.decentra.domain.guild.GuildIcon;
import chat.decentra.domain.guild.GuildInvite;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteCode;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.invite.InviteState;
import chat.decentra.domain.media.ImageType;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the guild services rely on from every adapter of the guild ports: round trips, orderings,
 * cascades and the invite lock. Adapters of one store implement these ports together, so the
 * contract takes them together.
 */
public abstract class GuildPortsContractTest {

  /** Whole milliseconds: databases keep microseconds at best. */
  protected static final Instant T0 = Instant.parse("2025-03-01T12:00:00.123Z");

  private static final String PASSWORD_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";

  /** The ports under test, a way to create the users rows belong to, and transactions. */
  public record Subject(GuildPorts ports, SaveUserPort users, TransactionPort transactions) {}

  /** Adapters over a new, empty store; called before each test. */
  protected abstract Subject createSubject();

  private GuildPorts ports;
  private TransactionPort transactions;
  private UserId alice;
  private UserId bob;
  private UserId carol;

  @BeforeEach
  void createAdapters() {
    Subject subject = createSubject();
    ports = subject.ports();
    transactions = subject.transactions();
    alice = user(subject.users(), 1, "alice");
    bob = user(subject.users(), 2, "bob");
    carol = user(subject.users(), 3, "carol");
  }

  private static UserId user(SaveUserPort users, long id, String name) {
    var user = User.newcomer(new UserId(id), new Username(name), false, Optional.empty(), T0);
    assertThat(users.insertUser(user, PASSWORD_HASH)).isTrue();
    return user.id();
  }

  /** A guild owned by alice, with its {@code @everyone} role and alice as member. */
  private Guild guild(long id) {
    Guild guild = Guild.create(new GuildId(id), "Guild " + id, alice, T0);
    ports.saveGuilds().insertGuild(guild);
    ports.saveRoles().insertRole(Role.everyone(guild.id(), Role.DEFAULT_EVERYONE_PERMISSIONS));
    ports.saveMembers().insertMember(Member.joined(guild.id(), alice, T0));
    return guild;
  }

  private Channel channel(Guild guild, long id, ChannelKind kind, int position) {
    var channel = Channel.create(new ChannelId(id), guild.id(), kind, "c" + id, position);
    ports.saveChannels().insertChannel(channel);
    return channel;
  }

  private Role role(Guild guild, long id, int position, Permission... permissions) {
    var role =
        new Role(
            new RoleId(id),
            guild.id(),
            "r" + id,
            0x112233,
            position,
            Permissions.of(permissions),
            true);
    ports.saveRoles().insertRole(role);
    return role;
  }

  private static InviteCode code(int n) {
    return new InviteCode(String.format("guild-invite-%010d", n));
  }

  private GuildInvite invite(Guild guild, int n, Instant at, Optional<Integer> maxUses) {
    var invite =
        GuildInvite.create(
            code(n),
            guild.id(),
            Optional.empty(),
            alice,
            at,
            new InviteLimits(maxUses, Optional.empty()));
    ports.invites().insertGuildInvite(invite);
    return invite;
  }

  @Nested
  class Guilds {

    @Test
    void aGuildRoundTripsWithItsIconAndOwner() {
      Guild guild = guild(10);
      Guild changed =
          guild
              .withName("Renamed")
              .withOwner(bob)
              .withIcon(Optional.of(new GuildIcon(ImageType.WEBP, "v42")));

      ports.saveGuilds().updateGuild(changed);

      Optional<Guild> locked =
          transactions.inTransaction(tx -> ports.loadGuilds().loadGuildForUpdate(guild.id()));

      assertThat(ports.loadGuilds().loadGuild(guild.id())).contains(changed);
      assertThat(locked).contains(changed);
      assertThat(ports.loadGuilds().loadGuild(new GuildId(99))).isEmpty();
    }

    @Test
    void aUsersGuildsComeInTheOrderTheyJoined() {
      Guild first = guild(10);
      Guild second = guild(11);
      Guild third = guild(12);
      ports.saveMembers().insertMember(Member.joined(third.id(), bob, T0));
      ports.saveMembers().insertMember(Member.joined(first.id(), bob, T0.plusSeconds(5)));

      assertThat(ports.loadGuilds().listGuildsOf(bob)).containsExactly(third, first);
      assertThat(ports.loadGuilds().listGuildsOf(alice)).containsExactly(first, second, third);
      assertThat(ports.loadGuilds().listGuildsOf(carol)).isEmpty();
    }

    @Test
    void deletingAGuildTakesEverythingInItAndNothingElse() {
      Guild doomed = guild(10);
      Guild kept = guild(20);
      for (Guild guild : List.of(doomed, kept)) {
        long base = guild.id().value();
        channel(guild, base + 1, ChannelKind.TEXT, 0);
        role(guild, base + 2, 1);
        ports.saveMembers().insertMember(Member.joined(guild.id(), bob, T0));
        ports.bans().insertBan(new Ban(guild.id(), carol, Optional.empty(), alice, T0));
        invite(guild, (int) base, T0, Optional.empty());
        ports.auditLog().insertAuditEntry(entry(guild, base + 3, T0));
        ports.icons().saveIcon(guild.id(), ImageType.PNG, "v1", new byte[] {1, 2, 3});
      }

      ports.saveGuilds().deleteGuild(doomed.id());

      assertThat(ports.loadGuilds().loadGuild(doomed.id())).isEmpty();
      assertThat(ports.loadChannels().listChannels(doomed.id())).isEmpty();
      assertThat(ports.loadChannels().loadChannel(new ChannelId(11))).isEmpty();
      assertThat(ports.loadRoles().listRoles(doomed.id())).isEmpty();
      assertThat(ports.loadMembers().listMembers(doomed.id())).isEmpty();
      assertThat(ports.bans().listBans(doomed.id())).isEmpty();
      assertThat(ports.invites().listGuildInvites(doomed.id())).isEmpty();
      assertThat(ports.invites().findGuildInvite(code(10))).isEmpty();
      assertThat(ports.auditLog().listAuditEntries(doomed.id(), Optional.empty(), 10)).isEmpty();
      assertThat(ports.icons().loadIcon(doomed.id())).isEmpty();
      assertThat(ports.loadGuilds().listGuildsOf(bob)).containsExactly(kept);
      assertThat(ports.loadChannels().listChannels(kept.id())).hasSize(1);
      assertThat(ports.loadRoles().listRoles(kept.id())).hasSize(2);
      assertThat(ports.loadMembers().countMembers(kept.id())).isEqualTo(2);
      assertThat(ports.bans().listBans(kept.id())).hasSize(1);
      assertThat(ports.invites().listGuildInvites(kept.id())).hasSize(1);
      assertThat(ports.auditLog().listAuditEntries(kept.id(), Optional.empty(), 10)).hasSize(1);
      assertThat(ports.icons().loadIcon(kept.id())).isPresent();
    }
  }

  @Nested
  class Channels {

    @Test
    void aChannelRoundTripsWithTopicParentAndOverwrites() {
      Guild guild = guild(10);
      Role role = role(guild, 12, 1);
      Channel category = channel(guild, 13, ChannelKind.CATEGORY, 0);
      var overwrites =
          List.of(
              new PermissionOverwrite(
                  new OverwriteTarget.ForRole(RoleId.everyone(guild.id())),
                  Permissions.none(),
                  Permissions.of(Permission.VIEW_CHANNEL)),
              new PermissionOverwrite(
                  new OverwriteTarget.ForRole(role.id()),
                  Permissions.of(Permission.VIEW_CHANNEL, Permission.MANAGE_MESSAGES),
                  Permissions.of(Permission.MENTION_EVERYONE)),
              new PermissionOverwrite(
                  new OverwriteTarget.ForMember(bob),
                  Permissions.channelScoped(),
                  Permissions.none()));
      var channel =
          new Channel(
              new ChannelId(14),
              guild.id(),
              ChannelKind.TEXT,
              "release-notes",
              Optional.of("What we ship\nand when"),
              3,
              Optional.of(category.id()),
              overwrites);

      ports.saveChannels().insertChannel(channel);

      Channel loaded = ports.loadChannels().loadChannel(channel.id()).orElseThrow();
      // Overwrites are a set: their order is not part of the contract.
      assertThat(loaded).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(channel);
    }

    @Test
    void anUpdateReplacesTheOverwrites() {
      Guild guild = guild(10);
      Channel channel = channel(guild, 11, ChannelKind.VOICE, 0);
      var everyone = new OverwriteTarget.ForRole(RoleId.everyone(guild.id()));
      var deny =
          new PermissionOverwrite(everyone, Permissions.none(), Permissions.of(Permission.CONNECT));
      ports
          .saveChannels()
          .updateChannel(channel.withOverwrite(deny).withName("Lounge").withPosition(4));

      var allow =
          new PermissionOverwrite(
              new OverwriteTarget.ForMember(bob),
              Permissions.of(Permission.SPEAK),
              Permissions.none());
      Channel changed = channel.withOverwrite(allow);
      ports.saveChannels().updateChannel(changed);

      assertThat(ports.loadChannels().loadChannel(channel.id())).contains(changed);
    }

    @Test
    void channelsAreListedByPositionThenId() {
      Guild guild = guild(10);
      Channel c = channel(guild, 13, ChannelKind.TEXT, 2);
      Channel b = channel(guild, 12, ChannelKind.TEXT, 1);
      Channel a = channel(guild, 14, ChannelKind.VOICE, 1);
      channel(guild(20), 21, ChannelKind.TEXT, 0);

      assertThat(ports.loadChannels().listChannels(guild.id())).containsExactly(b, a, c);
    }

    @Test
    void deletingAChannelTakesItsInvitesOnly() {
      Guild guild = guild(10);
      Channel doomed = channel(guild, 11, ChannelKind.TEXT, 0);
      Channel kept = channel(guild, 12, ChannelKind.TEXT, 1);
      for (Channel channel : List.of(doomed, kept)) {
        ports
            .invites()
            .insertGuildInvite(
                GuildInvite.create(
                    code((int) channel.id().value()),
                    guild.id(),
                    Optional.of(channel.id()),
                    alice,
                    T0,
                    InviteLimits.none()));
      }
      invite(guild, 13, T0, Optional.empty());

      ports.saveChannels().deleteChannel(doomed.id());

      assertThat(ports.loadChannels().loadChannel(doomed.id())).isEmpty();
      assertThat(ports.invites().findGuildInvite(code(11))).isEmpty();
      assertThat(ports.invites().findGuildInvite(code(12))).isPresent();
      assertThat(ports.invites().findGuildInvite(code(13))).isPresent();
    }
  }

  @Nested
  class Roles {

    @Test
    void rolesRoundTripAndListFromLowestToHighest() {
      Guild guild = guild(10);
      Role top = role(guild, 11, 3, Permission.ADMINISTRATOR);
      Role older = role(guild, 12, 2, Permission.KICK_MEMBERS);
      Role newer = role(guild, 13, 2);
      role(guild(20), 21, 1);

      assertThat(ports.loadRoles().listRoles(guild.id()))
          .containsExactly(
              Role.everyone(guild.id(), Role.DEFAULT_EVERYONE_PERMISSIONS), newer, older, top);
    }

    @Test
    void anUpdateWritesEveryField() {
      Guild guild = guild(10);
      Role role = role(guild, 11, 1);
      Role changed =
          role.withName("Moderators")
              .withColour(0xFFFFFF)
              .withPosition(7)
              .withPermissions(Permissions.all())
              .withHoist(false);

      ports.saveRoles().updateRole(changed);

      assertThat(ports.loadRoles().listRoles(guild.id())).contains(changed).doesNotContain(role);
    }

    @Test
    void deletingARoleTakesItFromMembersAndOverwrites() {
      Guild guild = guild(10);
      Role doomed = role(guild, 11, 1);
      Role kept = role(guild, 12, 2);
      ports
          .saveMembers()
          .insertMember(
              Member.joined(guild.id(), bob, T0).withRole(doomed.id()).withRole(kept.id()));
      var everyone = new OverwriteTarget.ForRole(RoleId.everyone(guild.id()));
      Channel channel =
          channel(guild, 13, ChannelKind.TEXT, 0)
              .withOverwrite(
                  new PermissionOverwrite(
                      new OverwriteTarget.ForRole(doomed.id()),
                      Permissions.of(Permission.SEND_MESSAGES),
                      Permissions.none()))
              .withOverwrite(
                  new PermissionOverwrite(
                      everyone, Permissions.none(), Permissions.of(Permission.SEND_MESSAGES)));
      ports.saveChannels().updateChannel(channel);

      ports.saveRoles().deleteRole(doomed.id());

      assertThat(ports.loadRoles().listRoles(guild.id()))
          .extracting(Role::id)
          .doesNotContain(doomed.id());
      assertThat(ports.loadMembers().loadMember(guild.id(), bob).orElseThrow().roleIds())
          .containsExactly(kept.id());
      assertThat(ports.loadChannels().loadChannel(channel.id()).orElseThrow().overwrites())
          .extracting(PermissionOverwrite::target)
          .containsExactly(everyone);
    }
  }

  @Nested
  class Members {

    @Test
    void aMembershipRoundTripsWithNicknameAndRoles() {
      Guild guild = guild(10);
      Role one = role(guild, 11, 1);
      Role two = role(guild, 12, 2);
      var member =
          new Member(guild.id(), bob, Optional.of("Bobby"), Set.of(one.id(), two.id()), T0);

      assertThat(ports.saveMembers().insertMember(member)).isTrue();

      assertThat(ports.loadMembers().loadMember(guild.id(), bob)).contains(member);
      assertThat(ports.loadMembers().loadMember(guild.id(), carol)).isEmpty();
    }

    @Test
    void aSecondMembershipOfTheSameUserIsRefused() {
      Guild guild = guild(10);
      var first = Member.joined(guild.id(), bob, T0);
      ports.saveMembers().insertMember(first);

      assertThat(
              ports.saveMembers().insertMember(Member.joined(guild.id(), bob, T0.plusSeconds(1))))
          .isFalse();
      assertThat(ports.loadMembers().loadMember(guild.id(), bob)).contains(first);
    }

    @Test
    void anUpdateReplacesNicknameAndRoles() {
      Guild guild = guild(10);
      Role one = role(guild, 11, 1);
      Role two = role(guild, 12, 2);
      Member member = Member.joined(guild.id(), bob, T0).withRole(one.id());
      ports.saveMembers().insertMember(member);
      Member changed =
          member.withoutRole(one.id()).withRole(two.id()).withNickname(Optional.of("B"));

      ports.saveMembers().updateMember(changed);
      assertThat(ports.loadMembers().loadMember(guild.id(), bob)).contains(changed);

      Member cleared = changed.withNickname(Optional.empty()).withoutRole(two.id());
      ports.saveMembers().updateMember(cleared);
      assertThat(ports.loadMembers().loadMember(guild.id(), bob)).contains(cleared);
    }

    @Test
    void membersAreListedInTheOrderTheyJoinedAndCounted() {
      Guild guild = guild(10);
      Member carolM = Member.joined(guild.id(), carol, T0.plusSeconds(2));
      Member bobM = Member.joined(guild.id(), bob, T0.plusSeconds(1));
      ports.saveMembers().insertMember(carolM);
      ports.saveMembers().insertMember(bobM);
      ports.saveMembers().insertMember(Member.joined(guild(20).id(), carol, T0));

      assertThat(ports.loadMembers().listMembers(guild.id()))
          .containsExactly(Member.joined(guild.id(), alice, T0), bobM, carolM);
      assertThat(ports.loadMembers().countMembers(guild.id())).isEqualTo(3);
    }

    @Test
    void leavingDeletesTheMembershipOnce() {
      Guild guild = guild(10);
      ports.saveMembers().insertMember(Member.joined(guild.id(), bob, T0));

      assertThat(ports.saveMembers().deleteMember(guild.id(), bob)).isTrue();
      assertThat(ports.saveMembers().deleteMember(guild.id(), bob)).isFalse();
      assertThat(ports.loadMembers().loadMember(guild.id(), bob)).isEmpty();
      assertThat(ports.loadGuilds().listGuildsOf(bob)).isEmpty();
    }
  }

  @Nested
  class Bans {

    @Test
    void bansRoundTripListNewestFirstAndLift() {
      Guild guild = guild(10);
      var older = new Ban(guild.id(), bob, Optional.of("spam"), alice, T0);
      var newer = new Ban(guild.id(), carol, Optional.empty(), alice, T0.plusSeconds(9));
      ports.bans().insertBan(older);
      ports.bans().insertBan(newer);

      assertThat(ports.bans().findBan(guild.id(), bob)).contains(older);
      assertThat(ports.bans().listBans(guild.id())).containsExactly(newer, older);
      assertThat(ports.bans().deleteBan(guild.id(), bob)).isTrue();
      assertThat(ports.bans().deleteBan(guild.id(), bob)).isFalse();
      assertThat(ports.bans().findBan(guild.id(), bob)).isEmpty();
      assertThat(ports.bans().listBans(guild(20).id())).isEmpty();
    }
  }

  @Nested
  class Invites {

    @Test
    void anInviteRoundTripsWithItsLimitsAndChannel() {
      Guild guild = guild(10);
      Channel channel = channel(guild, 11, ChannelKind.TEXT, 0);
      var invite =
          new GuildInvite(
              code(1),
              guild.id(),
              Optional.of(channel.id()),
              bob,
              T0,
              Optional.of(5),
              2,
              Optional.of(T0.plus(Duration.ofDays(1))),
              true);

      ports.invites().insertGuildInvite(invite);

      assertThat(ports.invites().findGuildInvite(code(1))).contains(invite);
      assertThat(ports.invites().findGuildInvite(code(2))).isEmpty();
    }

    @Test
    void anUpdateWritesUsesAndRevocation() {
      GuildInvite invite = invite(guild(10), 1, T0, Optional.of(3));
      GuildInvite changed = invite.withOneMoreUse().withOneMoreUse().asRevoked();

      ports.invites().updateGuildInvite(changed);

      assertThat(ports.invites().findGuildInvite(code(1))).contains(changed);
    }

    @Test
    void invitesAreListedNewestFirst() {
      Guild guild = guild(10);
      GuildInvite oldest = invite(guild, 1, T0, Optional.empty());
      GuildInvite newest = invite(guild, 2, T0.plusSeconds(20), Optional.empty());
      GuildInvite middle = invite(guild, 3, T0.plusSeconds(10), Optional.empty());
      invite(guild(20), 4, T0, Optional.empty());

      assertThat(ports.invites().listGuildInvites(guild.id()))
          .containsExactly(newest, middle, oldest);
    }

    @Test
    void concurrentUsesOfALockedInviteNeverExceedItsLimit() throws Exception {
      invite(guild(10), 1, T0, Optional.of(3));

      List<Boolean> taken =
          concurrently(
              8,
              () ->
                  transactions.inTransaction(
                      tx -> {
                        GuildInvite locked =
                            ports.invites().findGuildInviteForUpdate(code(1)).orElseThrow();
                        if (locked.stateAt(T0) != InviteState.USABLE) {
                          return false;
                        }
                        ports.invites().updateGuildInvite(locked.withOneMoreUse());
                        return true;
                      }));

      assertThat(taken).filteredOn(Boolean::booleanValue).hasSize(3);
      assertThat(ports.invites().findGuildInvite(code(1)).map(GuildInvite::uses)).contains(3);
    }
  }

  @Nested
  class AuditLog {

    @Test
    void entriesAreListedNewestFirstAndPagedByIdBackwards() {
      Guild guild = guild(10);
      AuditEntry first = entry(guild, 101, T0);
      AuditEntry second = entry(guild, 102, T0.plusSeconds(1));
      AuditEntry third = entry(guild, 103, T0.plusSeconds(2));
      for (AuditEntry entry : List.of(second, third, first)) {
        ports.auditLog().insertAuditEntry(entry);
      }
      ports.auditLog().insertAuditEntry(entry(guild(20), 104, T0));

      assertThat(ports.auditLog().listAuditEntries(guild.id(), Optional.empty(), 10))
          .containsExactly(third, second, first);
      assertThat(ports.auditLog().listAuditEntries(guild.id(), Optional.empty(), 2))
          .containsExactly(third, second);
      assertThat(ports.auditLog().listAuditEntries(guild.id(), Optional.of(third.id()), 10))
          .containsExactly(second, first);
    }

    @Test
    void anEntryRoundTripsWithReasonAndDetail() {
      Guild guild = guild(10);
      var entry =
          new AuditEntry(
              new AuditEntryId(7),
              guild.id(),
              alice,
              AuditAction.INVITE_REVOKE,
              code(1).value(),
              T0,
              Optional.of("leaked"),
              Optional.of("role:12"));

      ports.auditLog().insertAuditEntry(entry);

      assertThat(ports.auditLog().listAuditEntries(guild.id(), Optional.empty(), 1))
          .containsExactly(entry);
    }
  }

  @Nested
  class IconsAndUsers {

    @Test
    void anIconRoundTripsIsReplacedAndDeleted() {
      Guild guild = guild(10);
      ports.icons().saveIcon(guild.id(), ImageType.PNG, "v1", new byte[] {1, 2, 3});
      ports.icons().saveIcon(guild.id(), ImageType.GIF, "v2", new byte[] {4, 5});

      var stored = ports.icons().loadIcon(guild.id()).orElseThrow();
      assertThat(stored.type()).isEqualTo(ImageType.GIF);
      assertThat(stored.version()).isEqualTo("v2");
      assertThat(stored.data()).containsExactly(4, 5);

      ports.icons().deleteIcon(guild.id());
      assertThat(ports.icons().loadIcon(guild.id())).isEmpty();
    }

    @Test
    void usersAreLoadedManyAtOnceAndUnknownIdsLeftOut() {
      var found = ports.users().loadUsers(Set.of(alice, carol, new UserId(404)));

      assertThat(found.keySet()).containsExactlyInAnyOrder(alice, carol);
      assertThat(found.get(carol).username().value()).isEqualTo("carol");
      assertThat(ports.users().loadUsers(Set.of())).isEmpty();
    }
  }

  private static AuditEntry entry(Guild guild, long id, Instant at) {
    return new AuditEntry(
        new AuditEntryId(id),
        guild.id(),
        guild.ownerId(),
        AuditAction.GUILD_UPDATE,
        guild.id().toString(),
        at,
        Optional.empty(),
        Optional.of(guild.name()));
  }

  private static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> task)
      throws Exception {
    var executor = Executors.newFixedThreadPool(threads);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<T>>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      var results = new ArrayList<T>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }
}
