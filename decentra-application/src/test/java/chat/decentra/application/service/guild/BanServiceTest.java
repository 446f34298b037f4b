package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.Ban;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.user.UserId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BanServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private Caller bob;
  private GuildId guild;

  @BeforeEach
  void guildWithMembers() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    alice = t.member("alice", owner, guild);
    bob = t.member("bob", owner, guild);
    t.events.clear();
  }

  private ManageBansUseCase.BanResult ban(Caller caller, UserId user, String reason) {
    return t.app
        .bans()
        .ban(new ManageBansUseCase.Command(caller, guild, user, Optional.ofNullable(reason)));
  }

  @Test
  void onlyMembersBelowTheBannerMayBeBanned() {
    Role mods = t.createRole(owner, guild, "Mods", Permission.BAN_MEMBERS);
    t.assign(owner, guild, alice.user().id(), mods.id());
    t.assign(owner, guild, bob.user().id(), mods.id());
    Object before = t.state();

    assertThat(ban(alice, bob.user().id(), null)).isInstanceOf(ManageBansUseCase.Forbidden.class);
    assertThat(ban(alice, owner.user().id(), null)).isInstanceOf(ManageBansUseCase.Forbidden.class);
    assertThat(ban(alice, alice.user().id(), null)).isInstanceOf(ManageBansUseCase.Forbidden.class);
    assertThat(ban(owner, owner.user().id(), null)).isInstanceOf(ManageBansUseCase.Forbidden.class);
    assertThat(t.state()).isEqualTo(before);

    Role seniors = t.createRole(owner, guild, "Seniors");
    t.moveRole(owner, guild, seniors.id(), 2);
    t.assign(owner, guild, alice.user().id(), seniors.id());
    assertThat(ban(alice, bob.user().id(), null)).isInstanceOf(ManageBansUseCase.Banned.class);
  }

  @Test
  void aBannedMemberIsRemovedAndTheReasonKept() {
    var result = ban(owner, alice.user().id(), "spam");

    Ban ban = ((ManageBansUseCase.Banned) result).ban();
    assertThat(ban.reason()).contains("spam");
    assertThat(ban.bannedBy()).isEqualTo(owner.user().id());
    assertThat(ban.bannedAt()).isEqualTo(t.clock.instant());
    assertThat(t.members.loadMember(guild, alice.user().id())).isEmpty();
    assertThat(t.events.all())
        .containsExactly(new GuildEvent.MemberBanned(guild, alice.user().id()));
    var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
    assertThat(entry.action()).isEqualTo(AuditAction.MEMBER_BAN);
    assertThat(entry.reason()).contains("spam");
    assertThat(
            t.app.acceptInvite().accept(alice, t.invite(owner, guild), TestGuildApplication.CLIENT))
        .isInstanceOf(AcceptGuildInviteUseCase.Banned.class);
  }

  @Test
  void someoneWhoIsNotAMemberCanBeBannedAhead() {
    var troll = t.user("troll");

    assertThat(ban(owner, troll.user().id(), null)).isInstanceOf(ManageBansUseCase.Banned.class);
    assertThat(
            t.app.acceptInvite().accept(troll, t.invite(owner, guild), TestGuildApplication.CLIENT))
        .isInstanceOf(AcceptGuildInviteUseCase.Banned.class);
  }

  @Test
  void onlyExistingUsersCanBeBanned() {
    assertThat(ban(owner, new UserId(777_777), null))
        .isInstanceOf(ManageBansUseCase.UserNotFound.class);
  }

  @Test
  void banningAgainKeepsTheFirstBan() {
    ban(owner, alice.user().id(), "first");
    t.clock.advance(Duration.ofMinutes(5));
    t.events.clear();

    var again = ban(owner, alice.user().id(), "second");

    assertThat(((ManageBansUseCase.Banned) again).ban().reason()).contains("first");
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void aReasonIsAtMost512Characters() {
    assertThat(ban(owner, alice.user().id(), "r".repeat(513)))
        .isInstanceOf(ManageBansUseCase.InvalidReason.class);
    assertThat(t.members.loadMember(guild, alice.user().id())).isPresent();
  }

  @Test
  void liftingABanLetsTheUserBackIn() {
    ban(owner, alice.user().id(), null);

    assertThat(t.app.bans().unban(owner, guild, alice.user().id()))
        .isInstanceOf(ManageBansUseCase.Unbanned.class);
    assertThat(t.app.bans().unban(owner, guild, alice.user().id()))
        .isInstanceOf(ManageBansUseCase.NotBanned.class);
    assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
        .isEqualTo(AuditAction.MEMBER_UNBAN);
    t.join(alice, t.invite(owner, guild));
  }

  @Test
  void bansAreListedNewestFirst() {
    ban(owner, alice.user().id(), "one");
    t.clock.advance(Duration.ofMinutes(1));
    ban(owner, bob.user().id(), "two");

    var result = t.app.bans().bans(owner, guild);

    assertThat(((ManageBansUseCase.Listed) result).bans())
        .extracting(Ban::userId)
        .containsExactly(bob.user().id(), alice.user().id());
  }
}
