package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ListChannelsUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.PermissionOverwrite;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChannelOverwriteServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private Caller bob;
  private GuildId guild;
  private Channel general;
  private OverwriteTarget everyone;

  @BeforeEach
  void guildWithMembers() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    alice = t.member("alice", owner, guild);
    bob = t.member("bob", owner, guild);
    general = t.firstChannel(guild, ChannelKind.TEXT);
    everyone = new OverwriteTarget.ForRole(RoleId.everyone(guild));
    t.events.clear();
  }

  private ManageChannelOverwritesUseCase.SetResult set(
      Caller caller, OverwriteTarget target, Permissions allow, Permissions deny) {
    return t.app
        .channelOverwrites()
        .set(new ManageChannelOverwritesUseCase.Command(caller, general.id(), target, allow, deny));
  }

  private static Permissions of(Permission... permissions) {
    return Permissions.of(permissions);
  }

  private boolean sees(Caller caller) {
    var result = t.app.listChannels().channels(caller, guild);
    return ((ListChannelsUseCase.Listed) result)
        .channels().stream().anyMatch(c -> c.id().equals(general.id()));
  }

  /** A member with a role that may manage roles (and, if given, more). */
  private Role manager(Caller member, Permission... more) {
    Permissions permissions = of(more).with(Permission.MANAGE_ROLES);
    Role role =
        t.createRole(owner, guild, "Managers", permissions.asSet().toArray(Permission[]::new));
    t.assign(owner, guild, member.user().id(), role.id());
    return role;
  }

  @Test
  void restrictingAChannelHidesItFromAllButTheAllowedRole() {
    Role staff = t.createRole(owner, guild, "Staff");
    t.assign(owner, guild, alice.user().id(), staff.id());
    t.events.clear();

    set(owner, everyone, Permissions.none(), of(Permission.VIEW_CHANNEL));
    var result =
        set(
            owner,
            new OverwriteTarget.ForRole(staff.id()),
            of(Permission.VIEW_CHANNEL),
            Permissions.none());

    assertThat(result).isInstanceOf(ManageChannelOverwritesUseCase.Updated.class);
    assertThat(sees(alice)).isTrue();
    assertThat(sees(bob)).isFalse();
    assertThat(t.app.access().mayView(bob.user().id(), general.id())).isFalse();
    assertThat(t.app.access().mayView(alice.user().id(), general.id())).isTrue();
    assertThat(t.events.ofType(GuildEvent.ChannelUpdated.class)).hasSize(2);
    assertThat(t.events.ofType(GuildEvent.ChannelUpdated.class).getLast().channel().overwrites())
        .hasSize(2);
    var entry = t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst();
    assertThat(entry.action()).isEqualTo(AuditAction.CHANNEL_OVERWRITE_UPDATE);
    assertThat(entry.detail()).contains("role:" + staff.id());
  }

  @Test
  void aMembersOwnOverwriteBeatsTheirRoles() {
    set(owner, everyone, Permissions.none(), of(Permission.VIEW_CHANNEL));
    set(
        owner,
        new OverwriteTarget.ForMember(bob.user().id()),
        of(Permission.VIEW_CHANNEL),
        Permissions.none());

    assertThat(sees(bob)).isTrue();
    assertThat(sees(alice)).isFalse();
  }

  @Test
  void settingAgainReplacesTheOverwrite() {
    set(owner, everyone, Permissions.none(), of(Permission.SEND_MESSAGES));
    set(owner, everyone, of(Permission.MANAGE_MESSAGES), Permissions.none());

    assertThat(t.channels.loadChannel(general.id()).orElseThrow().overwrites())
        .containsExactly(
            new PermissionOverwrite(everyone, of(Permission.MANAGE_MESSAGES), Permissions.none()));
  }

  @Test
  void nobodyMayAllowWhatTheyCannotDoThemselves() {
    manager(alice);
    Object before = t.state();

    assertThat(
            set(
                alice,
                new OverwriteTarget.ForMember(alice.user().id()),
                of(Permission.MANAGE_MESSAGES),
                Permissions.none()))
        .isInstanceOf(ManageChannelOverwritesUseCase.Forbidden.class);
    assertThat(set(alice, everyone, Permissions.none(), of(Permission.MANAGE_MESSAGES)))
        .isInstanceOf(ManageChannelOverwritesUseCase.Forbidden.class);
    assertThat(t.state()).isEqualTo(before);
    assertThat(set(alice, everyone, Permissions.none(), of(Permission.SEND_MESSAGES)))
        .isInstanceOf(ManageChannelOverwritesUseCase.Updated.class);
  }

  @Test
  void nobodyMayLiftADenialOfWhatTheyCannotDoThemselves() {
    manager(alice);
    set(owner, everyone, of(Permission.SEND_MESSAGES), of(Permission.MANAGE_MESSAGES));

    assertThat(t.app.channelOverwrites().delete(alice, general.id(), everyone))
        .isInstanceOf(ManageChannelOverwritesUseCase.Forbidden.class);
    assertThat(set(alice, everyone, of(Permission.SEND_MESSAGES), Permissions.none()))
        .isInstanceOf(ManageChannelOverwritesUseCase.Forbidden.class);
    // Changing only what she may do leaves the denial she cannot touch in place.
    assertThat(set(alice, everyone, Permissions.none(), of(Permission.MANAGE_MESSAGES)))
        .isInstanceOf(ManageChannelOverwritesUseCase.Updated.class);
  }

  @Test
  void guildOnlyOrContradictoryPermissionsAreInvalid() {
    Object before = t.state();

    assertThat(set(owner, everyone, of(Permission.KICK_MEMBERS), Permissions.none()))
        .isInstanceOf(ManageChannelOverwritesUseCase.InvalidPermissions.class);
    assertThat(set(owner, everyone, Permissions.none(), of(Permission.ADMINISTRATOR)))
        .isInstanceOf(ManageChannelOverwritesUseCase.InvalidPermissions.class);
    assertThat(set(owner, everyone, of(Permission.SPEAK), of(Permission.SPEAK)))
        .isInstanceOf(ManageChannelOverwritesUseCase.InvalidPermissions.class);
    assertThat(t.state()).isEqualTo(before);
  }

  @Test
  void targetsMustBeRolesOrMembersOfThisGuild() {
    var other = t.user("other");
    GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
    Role foreign = t.createRole(other, elsewhere, "Foreign");
    var stranger = t.user("stranger");
    Object before = t.state();

    for (OverwriteTarget target :
        new OverwriteTarget[] {
          new OverwriteTarget.ForRole(foreign.id()),
          new OverwriteTarget.ForRole(RoleId.everyone(elsewhere)),
          new OverwriteTarget.ForMember(stranger.user().id()),
          new OverwriteTarget.ForMember(new UserId(987_654))
        }) {
      assertThat(set(owner, target, Permissions.none(), of(Permission.VIEW_CHANNEL)))
          .as(target.toString())
          .isInstanceOf(ManageChannelOverwritesUseCase.TargetNotFound.class);
    }
    assertThat(t.state()).isEqualTo(before);
  }

  @Test
  void removingAnOverwriteRestoresTheGuildsPermissions() {
    set(owner, everyone, Permissions.none(), of(Permission.VIEW_CHANNEL));
    t.events.clear();

    var result = t.app.channelOverwrites().delete(owner, general.id(), everyone);

    assertThat(((ManageChannelOverwritesUseCase.Updated) result).channel().overwrites()).isEmpty();
    assertThat(sees(alice)).isTrue();
    assertThat(t.events.ofType(GuildEvent.ChannelUpdated.class)).hasSize(1);
    assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
        .isEqualTo(AuditAction.CHANNEL_OVERWRITE_DELETE);
  }

  @Test
  void removingAMissingOverwriteChangesNothing() {
    Object before = t.state();

    assertThat(t.app.channelOverwrites().delete(owner, general.id(), everyone))
        .isInstanceOf(ManageChannelOverwritesUseCase.Updated.class);
    assertThat(t.state()).isEqualTo(before);
    assertThat(t.events.all()).isEmpty();
  }

  @Test
  void aManagerLockedOutOfTheChannelCannotTouchIt() {
    manager(alice);
    set(
        owner,
        new OverwriteTarget.ForMember(alice.user().id()),
        Permissions.none(),
        of(Permission.VIEW_CHANNEL));

    assertThat(set(alice, everyone, Permissions.none(), of(Permission.SEND_MESSAGES)))
        .isInstanceOf(ManageChannelOverwritesUseCase.NotFound.class);
  }

  @Test
  void manageRolesDeniedInTheChannelForbidsOverwritesThere() {
    Role managers = manager(alice);
    set(
        owner,
        new OverwriteTarget.ForRole(managers.id()),
        Permissions.none(),
        of(Permission.MANAGE_ROLES));

    assertThat(set(alice, everyone, Permissions.none(), of(Permission.SEND_MESSAGES)))
        .isInstanceOf(ManageChannelOverwritesUseCase.Forbidden.class);
  }
}
