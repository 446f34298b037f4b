package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.AssignRoleUseCase;
import chat.decentra.application.port.in.guild.GetGuildUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Member;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.Permission;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberRoleServiceTest {

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

  @Test
  void aRoleGivenBringsItsPowersAndIsAnnounced() {
    Role kickers = t.createRole(owner, guild, "Kickers", Permission.KICK_MEMBERS);
    t.events.clear();

    var result = t.app.assignRoles().assign(owner, guild, alice.user().id(), kickers.id());

    Member member = ((AssignRoleUseCase.Updated) result).member();
    assertThat(member.roleIds()).containsExactly(kickers.id());
    assertThat(t.events.all()).containsExactly(new GuildEvent.MemberUpdated(member));
    var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
    assertThat(entry.action()).isEqualTo(AuditAction.MEMBER_ROLE_ADD);
    assertThat(entry.detail()).contains(kickers.id().toString());
    var view = ((GetGuildUseCase.Found) t.app.getGuild().guild(alice, guild)).guild();
    assertThat(view.permissions().has(Permission.KICK_MEMBERS)).isTrue();
  }

  @Test
  void aRoleTakenAwayTakesItsPowers() {
    Role kickers = t.createRole(owner, guild, "Kickers", Permission.KICK_MEMBERS);
    t.assign(owner, guild, alice.user().id(), kickers.id());

    var result = t.app.assignRoles().unassign(owner, guild, alice.user().id(), kickers.id());

    assertThat(((AssignRoleUseCase.Updated) result).member().roleIds()).isEmpty();
    assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
        .isEqualTo(AuditAction.MEMBER_ROLE_REMOVE);
  }

  @Test
  void givingWhatIsAlreadyThereChangesNothing() {
    Role kickers = t.createRole(owner, guild, "Kickers");
    t.assign(owner, guild, alice.user().id(), kickers.id());
    Object before = t.state();
    t.events.clear();

    assertThat(t.app.assignRoles().assign(owner, guild, alice.user().id(), kickers.id()))
        .isInstanceOf(AssignRoleUseCase.Updated.class);
    assertThat(t.app.assignRoles().unassign(owner, guild, bob.user().id(), kickers.id()))
        .isInstanceOf(AssignRoleUseCase.Updated.class);
    assertThat(t.state()).isEqualTo(before);
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void managersGiveOnlyRolesBelowTheirOwnIncludingToThemselves() {
    Role low = t.createRole(owner, guild, "Low");
    Role managers = t.createRole(owner, guild, "Managers", Permission.MANAGE_ROLES);
    t.moveRole(owner, guild, managers.id(), 2);
    Role top = t.createRole(owner, guild, "Top");
    t.moveRole(owner, guild, top.id(), 3);
    t.assign(owner, guild, alice.user().id(), managers.id());

    assertThat(t.app.assignRoles().assign(alice, guild, alice.user().id(), low.id()))
        .isInstanceOf(AssignRoleUseCase.Updated.class);
    assertThat(t.app.assignRoles().assign(alice, guild, bob.user().id(), managers.id()))
        .isInstanceOf(AssignRoleUseCase.Forbidden.class);
    assertThat(t.app.assignRoles().assign(alice, guild, alice.user().id(), top.id()))
        .isInstanceOf(AssignRoleUseCase.Forbidden.class);
    assertThat(t.app.assignRoles().unassign(alice, guild, alice.user().id(), managers.id()))
        .isInstanceOf(AssignRoleUseCase.Forbidden.class);
  }

  @Test
  void managersCannotHandOutPowersTheyDoNotHoldThemselves() {
    Role banners = t.createRole(owner, guild, "Banners", Permission.BAN_MEMBERS);
    Role managers = t.createRole(owner, guild, "Managers", Permission.MANAGE_ROLES);
    t.moveRole(owner, guild, managers.id(), 2);
    t.assign(owner, guild, alice.user().id(), managers.id());
    Object before = t.state();

    assertThat(t.app.assignRoles().assign(alice, guild, alice.user().id(), banners.id()))
        .isInstanceOf(AssignRoleUseCase.Forbidden.class);
    assertThat(t.app.assignRoles().assign(alice, guild, bob.user().id(), banners.id()))
        .isInstanceOf(AssignRoleUseCase.Forbidden.class);
    assertThat(t.state()).isEqualTo(before);
  }

  @Test
  void everyoneForeignRolesAndNonMembersAreRefused() {
    var other = t.user("other");
    GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
    Role foreign = t.createRole(other, elsewhere, "Foreign");
    Role local = t.createRole(owner, guild, "Local");
    Object before = t.state();

    assertThat(t.app.assignRoles().assign(owner, guild, alice.user().id(), RoleId.everyone(guild)))
        .isInstanceOf(AssignRoleUseCase.RoleNotFound.class);
    assertThat(t.app.assignRoles().assign(owner, guild, alice.user().id(), foreign.id()))
        .isInstanceOf(AssignRoleUseCase.RoleNotFound.class);
    assertThat(t.app.assignRoles().assign(owner, guild, other.user().id(), local.id()))
        .isInstanceOf(AssignRoleUseCase.MemberNotFound.class);
    assertThat(t.app.assignRoles().assign(other, elsewhere, alice.user().id(), foreign.id()))
        .isInstanceOf(AssignRoleUseCase.MemberNotFound.class);
    assertThat(t.state()).isEqualTo(before);
  }
}
