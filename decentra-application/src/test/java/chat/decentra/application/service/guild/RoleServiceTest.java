package chat.decentra.application.service.guild;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.audit.AuditAction;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RoleServiceTest {

  private final TestGuildApplication t = new TestGuildApplication();
  private Caller owner;
  private Caller alice;
  private GuildId guild;

  @BeforeEach
  void guildWithAMember() {
    owner = t.user("owner");
    guild = t.createGuild(owner, "Home").guild().id();
    alice = t.member("alice", owner, guild);
    t.events.clear();
  }

  private ManageRolesUseCase.CreateResult create(
      Caller caller, String name, int colour, Permissions permissions) {
    return t.app
        .roles()
        .create(
            new ManageRolesUseCase.CreateCommand(caller, guild, name, colour, permissions, true));
  }

  private ManageRolesUseCase.UpdateResult update(
      Caller caller,
      RoleId role,
      Optional<String> name,
      Optional<Permissions> permissions,
      Optional<Integer> position) {
    return t.app
        .roles()
        .update(
            new ManageRolesUseCase.UpdateCommand(
                caller,
                guild,
                role,
                name,
                Optional.empty(),
                permissions,
                Optional.empty(),
                position));
  }

  private ManageRolesUseCase.UpdateResult moveTo(Caller caller, RoleId role, int position) {
    return update(caller, role, Optional.empty(), Optional.empty(), Optional.of(position));
  }

  /** Role names from the top of the hierarchy down, {@code @everyone} left out. */
  private List<String> hierarchy() {
    return t.roles.listRoles(guild).stream()
        .filter(r -> !r.isEveryone())
        .sorted(Role.HIERARCHY.reversed())
        .map(Role::name)
        .toList();
  }

  private List<Integer> positions() {
    return t.roles.listRoles(guild).stream()
        .filter(r -> !r.isEveryone())
        .sorted(Role.HIERARCHY.reversed())
        .map(Role::position)
        .toList();
  }

  /** Alice becomes a role manager with a role just under the owner's powers. */
  private Role aliceManages(Permission... more) {
    Role role =
        t.createRole(
            owner,
            guild,
            "Managers",
            Permissions.of(more).with(Permission.MANAGE_ROLES).asSet().toArray(Permission[]::new));
    t.assign(owner, guild, alice.user().id(), role.id());
    return role;
  }

  @Nested
  class Create {

    @Test
    void aNewRoleStartsAtTheBottomAndTheOthersMoveUp() {
      t.createRole(owner, guild, "First");
      t.createRole(owner, guild, "Second");
      t.events.clear();

      var result = create(owner, "Third", 0x3366FF, Permissions.of(Permission.KICK_MEMBERS));

      Role third = ((ManageRolesUseCase.Created) result).role();
      assertThat(third.position()).isEqualTo(1);
      assertThat(third.colour()).isEqualTo(0x3366FF);
      assertThat(third.hoist()).isTrue();
      assertThat(hierarchy()).containsExactly("First", "Second", "Third");
      assertThat(positions()).containsExactly(3, 2, 1);
      assertThat(t.events.ofType(GuildEvent.RoleCreated.class))
          .containsExactly(new GuildEvent.RoleCreated(third));
      assertThat(t.events.ofType(GuildEvent.RoleUpdated.class)).hasSize(2);
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.ROLE_CREATE);
    }

    @Test
    void nobodyMayCreateARoleWithPowersTheyLack() {
      aliceManages(Permission.KICK_MEMBERS);
      Object before = t.state();

      assertThat(create(alice, "Admins", 0, Permissions.of(Permission.ADMINISTRATOR)))
          .isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(create(alice, "Banners", 0, Permissions.of(Permission.BAN_MEMBERS)))
          .isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(create(alice, "Kickers", 0, Permissions.of(Permission.KICK_MEMBERS)))
          .isInstanceOf(ManageRolesUseCase.Created.class);
    }

    @Test
    void badNamesAndColoursAreRefused() {
      Object before = t.state();

      for (String name : new String[] {"", " ", "@everyone", "@here", "r".repeat(101), "a\u0000"}) {
        assertThat(create(owner, name, 0, Permissions.none()))
            .as(name)
            .isInstanceOf(ManageRolesUseCase.InvalidName.class);
      }
      assertThat(create(owner, "Red", 0x1000000, Permissions.none()))
          .isInstanceOf(ManageRolesUseCase.InvalidColour.class);
      assertThat(create(owner, "Red", -1, Permissions.none()))
          .isInstanceOf(ManageRolesUseCase.InvalidColour.class);
      assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void aGuildHoldsAtMostTheRoleLimit() {
      for (int i = t.roles.listRoles(guild).size(); i < GuildLimits.ROLES_PER_GUILD; i++) {
        // Straight into the store: going through the service would renumber them all every time.
        t.roles.insertRole(
            new Role(new RoleId(5_000_000 + i), guild, "r" + i, 0, i, Permissions.none(), false));
      }

      assertThat(create(owner, "One too many", 0, Permissions.none()))
          .isInstanceOf(ManageRolesUseCase.TooManyRoles.class);
    }
  }

  @Nested
  class Update {

    @Test
    void changesAreSavedAndAnnounced() {
      Role role = t.createRole(owner, guild, "Helpers");
      t.events.clear();

      var result =
          t.app
              .roles()
              .update(
                  new ManageRolesUseCase.UpdateCommand(
                      owner,
                      guild,
                      role.id(),
                      Optional.of("Helpers+"),
                      Optional.of(0xABCDEF),
                      Optional.of(Permissions.of(Permission.MANAGE_MESSAGES)),
                      Optional.of(true),
                      Optional.empty()));

      Role updated = ((ManageRolesUseCase.Updated) result).role();
      assertThat(updated)
          .isEqualTo(
              new Role(
                  role.id(),
                  guild,
                  "Helpers+",
                  0xABCDEF,
                  role.position(),
                  Permissions.of(Permission.MANAGE_MESSAGES),
                  true));
      assertThat(t.events.all()).containsExactly(new GuildEvent.RoleUpdated(updated));
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.ROLE_UPDATE);
    }

    @Test
    void movingARoleRenumbersTheOthers() {
      Role a = t.createRole(owner, guild, "A");
      t.createRole(owner, guild, "B");
      t.createRole(owner, guild, "C");
      assertThat(hierarchy()).containsExactly("A", "B", "C");
      t.events.clear();

      moveTo(owner, a.id(), 1);

      assertThat(hierarchy()).containsExactly("B", "C", "A");
      assertThat(positions()).containsExactly(3, 2, 1);
      assertThat(t.events.ofType(GuildEvent.RoleUpdated.class)).hasSize(3);
    }

    @Test
    void nobodyMovesARoleToOrAboveTheirOwnHighest() {
      Role managers = aliceManages();
      Role low = t.createRole(owner, guild, "Low");
      Role top = t.createRole(owner, guild, "Top");
      moveTo(owner, top.id(), 3);
      assertThat(hierarchy()).containsExactly("Top", "Managers", "Low");
      Object before = t.state();

      assertThat(moveTo(alice, low.id(), 2)).isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(moveTo(alice, low.id(), 3)).isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(moveTo(alice, top.id(), 1)).isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(moveTo(alice, managers.id(), 1)).isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(t.state()).isEqualTo(before);
      assertThat(moveTo(alice, low.id(), 1)).isInstanceOf(ManageRolesUseCase.Updated.class);
    }

    @Test
    void powersCanBeTakenFromALowerRoleButNotAddedBeyondOnesOwn() {
      aliceManages(Permission.KICK_MEMBERS);
      Role low = t.createRole(owner, guild, "Low", Permission.BAN_MEMBERS, Permission.KICK_MEMBERS);

      assertThat(
              update(
                  alice,
                  low.id(),
                  Optional.empty(),
                  Optional.of(Permissions.of(Permission.ADMINISTRATOR)),
                  Optional.empty()))
          .isInstanceOf(ManageRolesUseCase.Forbidden.class);
      // Keeping a power she lacks is fine; only additions are checked.
      assertThat(
              update(
                  alice,
                  low.id(),
                  Optional.empty(),
                  Optional.of(Permissions.of(Permission.BAN_MEMBERS)),
                  Optional.empty()))
          .isInstanceOf(ManageRolesUseCase.Updated.class);
    }

    @Test
    void everyoneKeepsItsNameAndPlaceButItsPermissionsChange() {
      RoleId everyone = RoleId.everyone(guild);

      assertThat(
              update(owner, everyone, Optional.of("Members"), Optional.empty(), Optional.empty()))
          .isInstanceOf(ManageRolesUseCase.InvalidName.class);
      assertThat(moveTo(owner, everyone, 2)).isInstanceOf(ManageRolesUseCase.InvalidPosition.class);
      assertThat(
              update(
                  owner,
                  everyone,
                  Optional.empty(),
                  Optional.of(Permissions.of(Permission.VIEW_CHANNEL)),
                  Optional.empty()))
          .isInstanceOf(ManageRolesUseCase.Updated.class);
      assertThat(t.app.roles().delete(owner, guild, everyone))
          .isInstanceOf(ManageRolesUseCase.RoleNotFound.class);
    }

    @Test
    void rolesOfOtherGuildsAreNotFound() {
      var other = t.user("other");
      GuildId elsewhere = t.createGuild(other, "Elsewhere").guild().id();
      Role foreign = t.createRole(other, elsewhere, "Foreign");

      assertThat(moveTo(owner, foreign.id(), 1))
          .isInstanceOf(ManageRolesUseCase.RoleNotFound.class);
      assertThat(t.app.roles().delete(owner, guild, foreign.id()))
          .isInstanceOf(ManageRolesUseCase.RoleNotFound.class);
      assertThat(moveTo(owner, new RoleId(31_337), 1))
          .isInstanceOf(ManageRolesUseCase.RoleNotFound.class);
    }

    @Test
    void aRoleAtOrAboveTheCallersOwnIsOutOfReach() {
      Role managers = aliceManages();

      assertThat(
              update(
                  alice, managers.id(), Optional.of("Bosses"), Optional.empty(), Optional.empty()))
          .isInstanceOf(ManageRolesUseCase.Forbidden.class);
      assertThat(t.app.roles().delete(alice, guild, managers.id()))
          .isInstanceOf(ManageRolesUseCase.Forbidden.class);
    }
  }

  @Nested
  class Delete {

    @Test
    void deletingARoleTakesItFromMembersAndOverwrites() {
      Role staff = t.createRole(owner, guild, "Staff");
      t.assign(owner, guild, alice.user().id(), staff.id());
      var general = t.firstChannel(guild, ChannelKind.TEXT);
      t.app
          .channelOverwrites()
          .set(
              new ManageChannelOverwritesUseCase.Command(
                  owner,
                  general.id(),
                  new OverwriteTarget.ForRole(staff.id()),
                  Permissions.of(Permission.MANAGE_MESSAGES),
                  Permissions.none()));
      t.events.clear();

      assertThat(t.app.roles().delete(owner, guild, staff.id()))
          .isInstanceOf(ManageRolesUseCase.Deleted.class);

      assertThat(t.roles.listRoles(guild)).extracting(Role::id).doesNotContain(staff.id());
      assertThat(t.members.loadMember(guild, alice.user().id()).orElseThrow().roleIds()).isEmpty();
      var channel = t.channels.loadChannel(general.id()).orElseThrow();
      assertThat(channel.overwrites()).isEmpty();
      assertThat(t.events.all())
          .containsExactly(
              new GuildEvent.ChannelUpdated(channel),
              new GuildEvent.RoleDeleted(guild, staff.id()));
      assertThat(t.auditLog.listAuditEntries(guild, Optional.empty(), 1).getFirst().action())
          .isEqualTo(AuditAction.ROLE_DELETE);
    }
  }
}
