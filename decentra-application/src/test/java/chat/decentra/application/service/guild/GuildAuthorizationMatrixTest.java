package chat.decentra.application.service.guild;

import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.BANNED;
import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.MEMBER_WITH;
import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.MEMBER_WITHOUT;
import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.OTHER_GUILD;
import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.OUTSIDER;
import static chat.decentra.application.service.guild.GuildAuthorizationMatrixTest.Persona.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.application.GuildApplication;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.Patch;
import chat.decentra.application.port.in.guild.AcceptGuildInviteUseCase;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.CreateGuildUseCase;
import chat.decentra.application.port.in.guild.KickMemberUseCase;
import chat.decentra.application.port.in.guild.ManageBansUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.application.port.in.guild.ManageGuildInvitesUseCase;
import chat.decentra.application.port.in.guild.ManageRolesUseCase;
import chat.decentra.application.port.in.guild.ReadAuditLogUseCase;
import chat.decentra.application.port.in.guild.ReorderChannelsUseCase;
import chat.decentra.application.port.in.guild.SetNicknameUseCase;
import chat.decentra.application.port.in.guild.UpdateChannelUseCase;
import chat.decentra.application.port.in.guild.UpdateGuildUseCase;
import chat.decentra.application.testing.guild.TestGuildApplication;
import chat.decentra.domain.channel.Channel;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.invite.InviteLimits;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import chat.decentra.domain.user.UserId;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every guild and channel operation, by every kind of caller, with the outcome each must get. A use
 * case method without a row here fails {@link #everyUseCaseMethodHasARow()}.
 */
class GuildAuthorizationMatrixTest {

  /** Who calls. */
  enum Persona {
    /** Signed in, in no guild at all. */
    OUTSIDER,
    /** A member of the guild whose roles lack the permission the operation needs. */
    MEMBER_WITHOUT,
    /** A member who holds the permission through a role (administrator for owner-only rows). */
    MEMBER_WITH,
    OWNER,
    /** A former member, banned. */
    BANNED,
    /** The owner of another guild: all powers there, none here. */
    OTHER_GUILD
  }

  /** Outcomes after which nothing may have changed and nothing may have been announced. */
  private static final Set<String> REFUSALS =
      Set.of("NotFound", "Forbidden", "OwnerMustTransfer", "AlreadyMember");

  /** A 1×1 PNG. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  /** A fresh guild with one caller of each kind, built for one cell of the matrix. */
  static final class World {
    final TestGuildApplication t = new TestGuildApplication();
    final GuildApplication app = t.app;
    final Caller owner = t.user("owner");
    final GuildId guild = t.createGuild(owner, "Home").guild().id();
    final Caller plain;
    final Caller privileged;
    final Caller victim;
    final Caller banned;
    final Caller outsider = t.user("outsider");
    final Caller other = t.user("other");
    final Channel text;
    final Channel voice;
    final Role mod;
    final Role low;
    final String inviteCode;

    World(Permissions grant) {
      t.createGuild(other, "Elsewhere");
      t.everyoneMay(
          owner,
          guild,
          Permission.VIEW_CHANNEL,
          Permission.SEND_MESSAGES,
          Permission.READ_MESSAGE_HISTORY,
          Permission.CONNECT,
          Permission.SPEAK);
      plain = t.member("plain", owner, guild);
      privileged = t.member("privileged", owner, guild);
      victim = t.member("victim", owner, guild);
      banned = t.member("banned", owner, guild);
      t.ban(owner, guild, banned.user().id());
      mod = t.createRole(owner, guild, "Mod", grant.asSet().toArray(Permission[]::new));
      low = t.createRole(owner, guild, "Low");
      t.assign(owner, guild, privileged.user().id(), mod.id());
      text = t.firstChannel(guild, ChannelKind.TEXT);
      voice = t.firstChannel(guild, ChannelKind.VOICE);
      inviteCode = t.invite(owner, guild);
    }

    Caller as(Persona persona) {
      return switch (persona) {
        case OUTSIDER -> outsider;
        case MEMBER_WITHOUT -> plain;
        case MEMBER_WITH -> privileged;
        case OWNER -> owner;
        case BANNED -> banned;
        case OTHER_GUILD -> other;
      };
    }

    UserId victimId() {
      return victim.user().id();
    }
  }

  /**
   * One operation and what each persona gets from it.
   *
   * @param operation {@code UseCase.method}, with a {@code [variant]} when a method has several
   *     rows
   * @param grant what the privileged member's role holds
   * @param given what the owner does first, before the state is taken
   */
  record Row(
      String operation,
      Permissions grant,
      Map<Persona, String> expected,
      Consumer<World> given,
      BiFunction<World, Caller, Object> call) {

    String method() {
      return operation.replaceAll("\\[.*]$", "");
    }
  }

  private static Map<Persona, String> outcomes(
      String outsiders, String without, String with, String owner) {
    var map = new EnumMap<Persona, String>(Persona.class);
    map.put(OUTSIDER, outsiders);
    map.put(BANNED, outsiders);
    map.put(OTHER_GUILD, outsiders);
    map.put(MEMBER_WITHOUT, without);
    map.put(MEMBER_WITH, with);
    map.put(OWNER, owner);
    return map;
  }

  /** Members holding the permission may; other members are refused; outsiders see nothing. */
  private static Row needs(
      Permission permission, String operation, String ok, BiFunction<World, Caller, Object> call) {
    return new Row(
        operation,
        Permissions.of(permission),
        outcomes("NotFound", "Forbidden", ok, ok),
        w -> {},
        call);
  }

  private static Row needs(
      Permission permission,
      String operation,
      String ok,
      Consumer<World> given,
      BiFunction<World, Caller, Object> call) {
    return new Row(
        operation,
        Permissions.of(permission),
        outcomes("NotFound", "Forbidden", ok, ok),
        given,
        call);
  }

  /** Every member may; outsiders see nothing. */
  private static Row anyMember(
      String operation, String ok, String outsiders, BiFunction<World, Caller, Object> call) {
    return new Row(operation, Permissions.none(), outcomes(outsiders, ok, ok, ok), w -> {}, call);
  }

  /** Only the owner; not even an administrator. */
  private static Row ownerOnly(
      String operation, String ok, BiFunction<World, Caller, Object> call) {
    return new Row(
        operation,
        Permissions.of(Permission.ADMINISTRATOR),
        outcomes("NotFound", "Forbidden", "Forbidden", ok),
        w -> {},
        call);
  }

  /** Anyone, member or not. */
  private static Row anyone(
      String operation, String ok, Consumer<World> given, BiFunction<World, Caller, Object> call) {
    return new Row(operation, Permissions.none(), outcomes(ok, ok, ok, ok), given, call);
  }

  private static String listed(boolean found) {
    return found ? "Listed" : "NotListed";
  }

  static List<Row> rows() {
    var rows = new ArrayList<Row>();
    // Guilds
    rows.add(
        anyone(
            "CreateGuildUseCase.create",
            "Created",
            w -> {},
            (w, c) -> w.app.createGuild().create(new CreateGuildUseCase.Command(c, "New"))));
    rows.add(
        anyMember(
            "GetGuildUseCase.guild",
            "Found",
            "NotFound",
            (w, c) -> w.app.getGuild().guild(c, w.guild)));
    rows.add(
        anyMember(
            "GetGuildUseCase.myGuilds",
            "Listed",
            "NotListed",
            (w, c) ->
                listed(
                    w.app.getGuild().myGuilds(c).stream().anyMatch(g -> g.id().equals(w.guild)))));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "UpdateGuildUseCase.update",
            "Updated",
            (w, c) ->
                w.app
                    .updateGuild()
                    .update(new UpdateGuildUseCase.Command(c, w.guild, Optional.of("Renamed")))));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "SetGuildIconUseCase.upload",
            "Updated",
            (w, c) -> w.app.setGuildIcon().upload(c, w.guild, PNG)));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "SetGuildIconUseCase.remove",
            "Updated",
            w -> w.app.setGuildIcon().upload(w.owner, w.guild, PNG),
            (w, c) -> w.app.setGuildIcon().remove(c, w.guild)));
    rows.add(
        anyone(
            "GetGuildIconUseCase.icon",
            "Present",
            w -> w.app.setGuildIcon().upload(w.owner, w.guild, PNG),
            (w, c) -> w.app.guildIcon().icon(w.guild)));
    rows.add(
        ownerOnly(
            "DeleteGuildUseCase.delete",
            "Deleted",
            (w, c) -> w.app.deleteGuild().delete(c, w.guild)));
    rows.add(
        ownerOnly(
            "TransferGuildOwnershipUseCase.transfer",
            "Transferred",
            (w, c) -> w.app.transferOwnership().transfer(c, w.guild, w.victimId())));
    rows.add(
        new Row(
            "LeaveGuildUseCase.leave",
            Permissions.none(),
            outcomes("NotFound", "Left", "Left", "OwnerMustTransfer"),
            w -> {},
            (w, c) -> w.app.leaveGuild().leave(c, w.guild)));
    // Channels
    rows.add(
        needs(
            Permission.MANAGE_CHANNELS,
            "CreateChannelUseCase.create",
            "Created",
            (w, c) ->
                w.app
                    .createChannel()
                    .create(
                        new CreateChannelUseCase.Command(
                            c,
                            w.guild,
                            ChannelKind.TEXT,
                            "news",
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))));
    rows.add(
        needs(
            Permission.MANAGE_CHANNELS,
            "UpdateChannelUseCase.update",
            "Updated",
            (w, c) ->
                w.app
                    .updateChannel()
                    .update(
                        new UpdateChannelUseCase.Command(
                            c,
                            w.text.id(),
                            Optional.of("lobby"),
                            Patch.setTo("hello"),
                            Patch.unchanged(),
                            Optional.empty()))));
    rows.add(
        needs(
            Permission.MANAGE_CHANNELS,
            "DeleteChannelUseCase.delete",
            "Deleted",
            (w, c) -> w.app.deleteChannel().delete(c, w.text.id())));
    rows.add(
        needs(
            Permission.MANAGE_CHANNELS,
            "ReorderChannelsUseCase.reorder",
            "Reordered",
            (w, c) ->
                w.app
                    .reorderChannels()
                    .reorder(
                        new ReorderChannelsUseCase.Command(
                            c,
                            w.guild,
                            List.of(
                                new ReorderChannelsUseCase.Move(w.text.id(), 1, Patch.unchanged()),
                                new ReorderChannelsUseCase.Move(
                                    w.voice.id(), 0, Patch.unchanged()))))));
    rows.add(
        anyMember(
            "ListChannelsUseCase.channels",
            "Listed",
            "NotFound",
            (w, c) -> w.app.listChannels().channels(c, w.guild)));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "ManageChannelOverwritesUseCase.set",
            "Updated",
            (w, c) ->
                w.app
                    .channelOverwrites()
                    .set(
                        new ManageChannelOverwritesUseCase.Command(
                            c,
                            w.text.id(),
                            new OverwriteTarget.ForRole(w.low.id()),
                            Permissions.none(),
                            Permissions.of(Permission.SEND_MESSAGES)))));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "ManageChannelOverwritesUseCase.delete",
            "Updated",
            w ->
                w.app
                    .channelOverwrites()
                    .set(
                        new ManageChannelOverwritesUseCase.Command(
                            w.owner,
                            w.text.id(),
                            new OverwriteTarget.ForRole(w.low.id()),
                            Permissions.none(),
                            Permissions.of(Permission.SEND_MESSAGES))),
            (w, c) ->
                w.app
                    .channelOverwrites()
                    .delete(c, w.text.id(), new OverwriteTarget.ForRole(w.low.id()))));
    // Invites and membership
    rows.add(
        needs(
            Permission.CREATE_INVITE,
            "ManageGuildInvitesUseCase.create",
            "Created",
            (w, c) ->
                w.app
                    .guildInvites()
                    .create(
                        new ManageGuildInvitesUseCase.Command(
                            c, w.guild, Optional.empty(), InviteLimits.none()))));
    rows.add(
        needs(
            Permission.CREATE_INVITE,
            "ManageGuildInvitesUseCase.create[channel]",
            "Created",
            (w, c) ->
                w.app
                    .guildInvites()
                    .create(
                        new ManageGuildInvitesUseCase.Command(
                            c, w.guild, Optional.of(w.text.id()), InviteLimits.none()))));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "ManageGuildInvitesUseCase.list",
            "Listed",
            (w, c) -> w.app.guildInvites().list(c, w.guild)));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "ManageGuildInvitesUseCase.revoke",
            "Revoked",
            (w, c) -> w.app.guildInvites().revoke(c, w.guild, w.inviteCode)));
    rows.add(
        anyone(
            "PreviewGuildInviteUseCase.preview",
            "Preview",
            w -> {},
            (w, c) -> w.app.previewInvite().preview(w.inviteCode, TestGuildApplication.CLIENT)));
    var accept = outcomes("Joined", "AlreadyMember", "AlreadyMember", "AlreadyMember");
    accept.put(BANNED, "Banned");
    rows.add(
        new Row(
            "AcceptGuildInviteUseCase.accept",
            Permissions.none(),
            accept,
            w -> {},
            (w, c) -> w.app.acceptInvite().accept(c, w.inviteCode, TestGuildApplication.CLIENT)));
    rows.add(
        anyMember(
            "ListMembersUseCase.members",
            "Listed",
            "NotFound",
            (w, c) -> w.app.listMembers().members(c, w.guild)));
    rows.add(
        needs(
            Permission.MANAGE_NICKNAMES,
            "SetNicknameUseCase.setNickname",
            "Updated",
            (w, c) ->
                w.app
                    .setNickname()
                    .setNickname(
                        new SetNicknameUseCase.Command(
                            c, w.guild, w.victimId(), Optional.of("Vic")))));
    rows.add(
        needs(
            Permission.CHANGE_NICKNAME,
            "SetNicknameUseCase.setNickname[own]",
            "Updated",
            (w, c) ->
                w.app
                    .setNickname()
                    .setNickname(
                        new SetNicknameUseCase.Command(
                            c, w.guild, c.user().id(), Optional.of("Me")))));
    rows.add(
        needs(
            Permission.KICK_MEMBERS,
            "KickMemberUseCase.kick",
            "Kicked",
            (w, c) ->
                w.app
                    .kickMember()
                    .kick(
                        new KickMemberUseCase.Command(
                            c, w.guild, w.victimId(), Optional.empty()))));
    rows.add(
        needs(
            Permission.BAN_MEMBERS,
            "ManageBansUseCase.ban",
            "Banned",
            (w, c) ->
                w.app
                    .bans()
                    .ban(
                        new ManageBansUseCase.Command(
                            c, w.guild, w.victimId(), Optional.of("spam")))));
    rows.add(
        needs(
            Permission.BAN_MEMBERS,
            "ManageBansUseCase.unban",
            "Unbanned",
            (w, c) -> w.app.bans().unban(c, w.guild, w.banned.user().id())));
    rows.add(
        needs(
            Permission.BAN_MEMBERS,
            "ManageBansUseCase.bans",
            "Listed",
            (w, c) -> w.app.bans().bans(c, w.guild)));
    // Roles
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "ManageRolesUseCase.create",
            "Created",
            (w, c) ->
                w.app
                    .roles()
                    .create(
                        new ManageRolesUseCase.CreateCommand(
                            c, w.guild, "Helpers", 0x00FF00, Permissions.none(), false))));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "ManageRolesUseCase.update",
            "Updated",
            (w, c) ->
                w.app
                    .roles()
                    .update(
                        new ManageRolesUseCase.UpdateCommand(
                            c,
                            w.guild,
                            w.low.id(),
                            Optional.of("Lower"),
                            Optional.of(0x123456),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()))));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "ManageRolesUseCase.delete",
            "Deleted",
            (w, c) -> w.app.roles().delete(c, w.guild, w.low.id())));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "AssignRoleUseCase.assign",
            "Updated",
            (w, c) -> w.app.assignRoles().assign(c, w.guild, w.victimId(), w.low.id())));
    rows.add(
        needs(
            Permission.MANAGE_ROLES,
            "AssignRoleUseCase.unassign",
            "Updated",
            w -> w.t.assign(w.owner, w.guild, w.victimId(), w.low.id()),
            (w, c) -> w.app.assignRoles().unassign(c, w.guild, w.victimId(), w.low.id())));
    // Audit log
    rows.add(
        needs(
            Permission.VIEW_AUDIT_LOG,
            "ReadAuditLogUseCase.read",
            "Listed",
            (w, c) ->
                w.app
                    .auditLog()
                    .read(new ReadAuditLogUseCase.Query(c, w.guild, Optional.empty(), 50))));
    rows.add(
        needs(
            Permission.MANAGE_GUILD,
            "ReadAuditLogUseCase.read[manage server]",
            "Listed",
            (w, c) ->
                w.app
                    .auditLog()
                    .read(new ReadAuditLogUseCase.Query(c, w.guild, Optional.empty(), 50))));
    // What the gateway asks
    rows.add(
        anyMember(
            "GuildAccessUseCase.guildIds",
            "Listed",
            "NotListed",
            (w, c) -> listed(w.app.access().guildIds(c.user().id()).contains(w.guild))));
    rows.add(
        anyMember(
            "GuildAccessUseCase.ready",
            "Listed",
            "NotListed",
            (w, c) ->
                listed(
                    w.app.access().ready(c.user().id()).stream()
                        .anyMatch(v -> v.guild().id().equals(w.guild)))));
    rows.add(
        anyMember(
            "GuildAccessUseCase.view",
            "Present",
            "Absent",
            (w, c) -> w.app.access().view(c.user().id(), w.guild)));
    rows.add(
        anyMember(
            "GuildAccessUseCase.visibleChannels",
            "Listed",
            "NotListed",
            (w, c) ->
                listed(
                    w.app.access().visibleChannels(c.user().id(), w.guild).contains(w.text.id()))));
    rows.add(
        anyMember(
            "GuildAccessUseCase.channelAccess",
            "Present",
            "Absent",
            (w, c) -> w.app.access().channelAccess(c.user().id(), w.text.id())));
    rows.add(
        anyMember(
            "GuildAccessUseCase.mayView",
            "True",
            "False",
            (w, c) -> w.app.access().mayView(c.user().id(), w.text.id())));
    return rows;
  }

  private static String outcome(Object result) {
    return switch (result) {
      case String text -> text;
      case Boolean yes -> yes ? "True" : "False";
      case Optional<?> optional -> optional.isPresent() ? "Present" : "Absent";
      default -> result.getClass().getSimpleName();
    };
  }

  @TestFactory
  Stream<DynamicTest> everyOperationByEveryCaller() {
    return rows().stream()
        .flatMap(
            row ->
                Arrays.stream(Persona.values())
                    .map(
                        persona ->
                            DynamicTest.dynamicTest(
                                row.operation()
                                    + " by "
                                    + persona
                                    + " → "
                                    + row.expected().get(persona),
                                () -> check(row, persona))));
  }

  private static void check(Row row, Persona persona) {
    var world = new World(row.grant());
    row.given().accept(world);
    Object before = world.t.state();
    world.t.events.clear();

    Object result = row.call().apply(world, world.as(persona));
    String got = outcome(result);

    assertThat(got).as(row.operation() + " by " + persona).isEqualTo(row.expected().get(persona));
    if (REFUSALS.contains(got) || result instanceof AcceptGuildInviteUseCase.Banned) {
      assertThat(world.t.state()).as("a refusal changes nothing").isEqualTo(before);
      assertThat(world.t.events.all()).as("a refusal announces nothing").isEmpty();
    }
  }

  /** The use case interfaces that {@link GuildApplication} hands out. */
  private static List<Class<?>> exposedUseCases() {
    return Arrays.stream(GuildApplication.class.getMethods())
        .map(Method::getReturnType)
        .filter(type -> type.isInterface() && type.getSimpleName().endsWith("UseCase"))
        .distinct()
        .collect(Collectors.toList());
  }

  @Test
  void everyUseCaseMethodHasARow() {
    Set<String> methods = new TreeSet<>();
    for (Class<?> useCase : exposedUseCases()) {
      for (Method method : useCase.getMethods()) {
        if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
          methods.add(useCase.getSimpleName() + "." + method.getName());
        }
      }
    }
    Set<String> covered =
        rows().stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));

    assertThat(covered).as("operations with a row").containsAll(methods);
    assertThat(methods).as("rows for operations that exist").containsAll(covered);
  }

  @Test
  void everyRowSaysWhatEveryPersonaGets() {
    for (Row row : rows()) {
      assertThat(row.expected().keySet())
          .as(row.operation())
          .containsExactlyInAnyOrder(Persona.values());
    }
    assertThat(rows().stream().map(Row::operation).distinct().count()).isEqualTo(rows().size());
  }

  @Test
  void everyUseCaseOfThePackageIsExposed() throws IOException, URISyntaxException {
    var url =
        GuildApplication.class
            .getClassLoader()
            .getResource("chat/decentra/application/port/in/guild");
    assertThat(url).isNotNull();
    assertThat(url.getProtocol())
        .as("tests run against compiled classes in a directory")
        .isEqualTo("file");
    Set<String> declared;
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      declared =
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith("UseCase.class") && !name.contains("$"))
              .map(name -> name.substring(0, name.length() - ".class".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> exposed =
        exposedUseCases().stream()
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(declared).isNotEmpty();
    assertThat(exposed).as("use cases GuildApplication hands out").containsAll(declared);
  }
}
