package chat.decentra.application.testing.guild;

import chat.decentra.application.GuildApplication;
import chat.decentra.application.GuildPorts;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.AssignRoleUseCase;
import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.in.guild.GuildView;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.application.testing.MutableClock;
import chat.decentra.application.testing.RecordingEvents;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The account application ({@link TestApplication}, with open registration) and the guild
 * application side by side on in-memory adapters, sharing the clock and the event bus.
 */
public final class TestGuildApplication {

  public static final ClientInfo CLIENT = TestApplication.CLIENT;
  public static final String PASSWORD = "correct horse battery";

  public final TestApplication accounts;
  public final MutableClock clock;
  public final RecordingEvents events;

  private final GuildTables tables = new GuildTables();
  public final InMemoryGuildAdapter guilds = new InMemoryGuildAdapter(tables);
  public final InMemoryChannelAdapter channels = new InMemoryChannelAdapter(tables);
  public final InMemoryRoleAdapter roles = new InMemoryRoleAdapter(tables);
  public final InMemoryMemberAdapter members = new InMemoryMemberAdapter(tables);
  public final InMemoryGuildBanAdapter bans = new InMemoryGuildBanAdapter(tables);
  public final InMemoryGuildInviteAdapter invites = new InMemoryGuildInviteAdapter(tables);
  public final InMemoryAuditLogAdapter auditLog = new InMemoryAuditLogAdapter(tables);
  public final InMemoryGuildIconAdapter icons = new InMemoryGuildIconAdapter(tables);
  public final InMemoryLoadUsersAdapter users;
  public final InMemoryGuildTransactionAdapter transactions =
      new InMemoryGuildTransactionAdapter(tables);
  public final GuildApplication app;

  /** Guild-side ids start far from user ids, so that mixing one up with the other shows. */
  private final AtomicLong ids = new AtomicLong(1_000_000);

  /** Open registration, so that tests can sign people up without invites. */
  public TestGuildApplication() {
    this(TestApplication.open());
  }

  /** On the given account application; server invites admit newcomers to it. */
  public TestGuildApplication(TestApplication accounts) {
    this.accounts = accounts;
    this.clock = accounts.clock;
    this.events = accounts.events;
    this.users = new InMemoryLoadUsersAdapter(accounts.users);
    this.app =
        new GuildApplication(
            new GuildPorts(
                guilds, guilds, channels, channels, roles, roles, members, members, bans, invites,
                auditLog, icons, users),
            transactions,
            accounts.eventBus,
            ids::incrementAndGet,
            clock);
    accounts.serverInvites.delegateTo(app.serverInviteRegistration());
  }

  /**
   * Everything in the guild tables at this moment, comparable with {@code equals}: for showing that
   * a refused command changed nothing.
   */
  public Object state() {
    return tables.snapshot();
  }

  /** Signs a new user up and returns them signed in. */
  public Caller user(String username) {
    return accounts.caller(accounts.signUp(username, PASSWORD, null));
  }

  public GuildView createGuild(Caller owner, String name) {
    var result = app.createGuild().create(new CreateGuildUseCase.Command(owner, name));
    if (result instanceof CreateGuildUseCase.Created(GuildView view)) {
      return view;
    }
    throw new AssertionError("creating " + name + " failed: " + result);
  }

  /** An unlimited invite made by someone allowed to, returning its code. */
  public String invite(Caller creator, GuildId guild) {
    var result =
        app.guildInvites()
            .create(
                new ManageGuildInvitesUseCase.Command(
                    creator, guild, Optional.empty(), InviteLimits.none()));
    if (result instanceof ManageGuildInvitesUseCase.Created(var invite)) {
      return invite.code().value();
    }
    throw new AssertionError("inviting failed: " + result);
  }

  public GuildView join(Caller caller, String code) {
    var result = app.acceptInvite().accept(caller, code, CLIENT);
    if (result instanceof AcceptGuildInviteUseCase.Joined(GuildView view)) {
      return view;
    }
    throw new AssertionError("joining failed: " + result);
  }

  /** A new user who joined the guild through an invite of its owner. */
  public Caller member(String username, Caller owner, GuildId guild) {
    Caller caller = user(username);
    join(caller, invite(owner, guild));
    return caller;
  }

  public Role createRole(Caller actor, GuildId guild, String name, Permission... permissions) {
    var result =
        app.roles()
            .create(
                new ManageRolesUseCase.CreateCommand(
                    actor, guild, name, 0, Permissions.of(permissions), false));
    if (result instanceof ManageRolesUseCase.Created(Role role)) {
      return role;
    }
    throw new AssertionError("creating role " + name + " failed: " + result);
  }

  public void assign(Caller actor, GuildId guild, UserId member, RoleId role) {
    var result = app.assignRoles().assign(actor, guild, member, role);
    if (!(result instanceof AssignRoleUseCase.Updated)) {
      throw new AssertionError("assigning failed: " + result);
    }
  }

  /** Moves a role to a rank (1 is the lowest), as the actor. */
  public void moveRole(Caller actor, GuildId guild, RoleId role, int position) {
    var result =
        app.roles()
            .update(
                new ManageRolesUseCase.UpdateCommand(
                    actor,
                    guild,
                    role,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(position)));
    if (!(result instanceof ManageRolesUseCase.Updated)) {
      throw new AssertionError("moving role failed: " + result);
    }
  }

  /** Sets what {@code @everyone} may do in the guild. */
  public void everyoneMay(Caller owner, GuildId guild, Permission... permissions) {
    var result =
        app.roles()
            .update(
                new ManageRolesUseCase.UpdateCommand(
                    owner,
                    guild,
                    RoleId.everyone(guild),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(Permissions.of(permissions)),
                    Optional.empty(),
                    Optional.empty()));
    if (!(result instanceof ManageRolesUseCase.Updated)) {
      throw new AssertionError("updating @everyone failed: " + result);
    }
  }

  public void ban(Caller actor, GuildId guild, UserId user) {
    var result =
        app.bans().ban(new ManageBansUseCase.Command(actor, guild, user, Optional.empty()));
    if (!(result instanceof ManageBansUseCase.Banned)) {
      throw new AssertionError("banning failed: " + result);
    }
  }

  /** The guild's first channel of that kind, as the owner sees it. */
  public Channel firstChannel(GuildId guild, ChannelKind kind) {
    return channels.listChannels(guild).stream()
        .filter(c -> c.kind() == kind)
        .findFirst()
        .orElseThrow();
  }
}
