package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.adapter.undertow.http.ApiRoutes;
import chat.decentra.adapter.undertow.http.Router;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.guild.CreateChannelUseCase;
import chat.decentra.application.port.in.guild.ManageChannelOverwritesUseCase;
import chat.decentra.domain.channel.ChannelId;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildEvent;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.id.RoleId;
import chat.decentra.domain.permission.OverwriteTarget;
import chat.decentra.domain.permission.Permission;
import chat.decentra.domain.permission.Permissions;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may do what, across the whole guild surface: every REST operation of the router and every
 * guild event of the gateway, for each kind of caller, in a fresh scene per cell. The rows are held
 * against the router's own list of operations and the domain's list of guild events, so that an
 * operation or event added without its row fails here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuildAuthorizationMatrixIT {

  /** The kinds of caller each operation is tried with. */
  enum Actor {
    OUTSIDER,
    MEMBER_WITHOUT,
    MEMBER_WITH,
    OWNER,
    BANNED,
    OTHER_SERVER_MEMBER
  }

  /** The operations of docs/api.md that are not about guilds, checked by their own tests. */
  private static final Set<String> ACCOUNT_OPERATIONS =
      Set.of(
          "GET /instance",
          "PATCH /instance",
          "POST /auth/signup",
          "POST /auth/login",
          "POST /auth/logout",
          "GET /users/@me",
          "PATCH /users/@me",
          "PUT /users/@me/avatar",
          "DELETE /users/@me/avatar",
          "POST /users/@me/password",
          "GET /users/@me/sessions",
          "DELETE /users/@me/sessions/{id}",
          "GET /users/{id}",
          "GET /users/{id}/avatar",
          "POST /invites",
          "GET /invites",
          "DELETE /invites/{code}");

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;

  @AfterAll
  void stop() {
    fixture.close();
  }

  /**
   * One fresh scene: a guild where {@code @everyone} may only read, write and talk; a role
   * "Granted" (with the row's permissions) held by MEMBER_WITH, above a role "Low"; a plain member
   * as target, a banned member as second target; a private category and channel that only "Granted"
   * may view; and a second guild for OTHER_SERVER_MEMBER.
   */
  private final class World {
    final Map<Actor, Person> actors = new EnumMap<>(Actor.class);
    final Guild guild;
    final Person target;
    final Person bannedTarget;
    final Role low;
    final String joinCode;
    final String revocableCode;
    final ChannelId privateCategory;
    final ChannelId privateChannel;

    World(Permission... granted) {
      var app = fixture.app;
      Person owner = fixture.person("owner");
      guild = fixture.guild(owner, "Matrix");
      var caller = owner.caller();
      joinCode = app.invite(caller, guild.id());
      revocableCode = app.invite(caller, guild.id());
      app.app.setGuildIcon().upload(caller, guild.id(), Images.png());
      Role grantedRole = app.createRole(caller, guild.id(), "Granted", granted);
      low = app.createRole(caller, guild.id(), "Low");
      actors.put(Actor.OWNER, owner);
      actors.put(Actor.MEMBER_WITHOUT, fixture.member(guild, "without"));
      Person with = fixture.member(guild, "with");
      app.assign(caller, guild.id(), with.caller().user().id(), grantedRole.id());
      actors.put(Actor.MEMBER_WITH, with);
      target = fixture.member(guild, "target");
      Person banned = fixture.member(guild, "banned");
      app.ban(caller, guild.id(), banned.caller().user().id());
      actors.put(Actor.BANNED, banned);
      bannedTarget = fixture.member(guild, "bannedtarget");
      app.ban(caller, guild.id(), bannedTarget.caller().user().id());
      actors.put(Actor.OUTSIDER, fixture.person("outsider"));
      Guild other = fixture.guild(fixture.person("otherowner"), "Elsewhere");
      actors.put(Actor.OTHER_SERVER_MEMBER, fixture.member(other, "othermember"));

      privateCategory = channel(caller, ChannelKind.CATEGORY, "Staff", Optional.empty());
      overwrite(
          caller, privateCategory, new OverwriteTarget.ForRole(RoleId.everyone(guild.id())), false);
      overwrite(caller, privateCategory, new OverwriteTarget.ForRole(grantedRole.id()), true);
      privateChannel = channel(caller, ChannelKind.TEXT, "staff", Optional.of(privateCategory));
      app.everyoneMay(
          caller,
          guild.id(),
          Permission.VIEW_CHANNEL,
          Permission.SEND_MESSAGES,
          Permission.READ_MESSAGE_HISTORY,
          Permission.CONNECT,
          Permission.SPEAK);
    }

    private ChannelId channel(
        Caller owner, ChannelKind kind, String name, Optional<ChannelId> parent) {
      var result =
          fixture
              .app
              .app
              .createChannel()
              .create(
                  new CreateChannelUseCase.Command(
                      owner, guild.id(), kind, name, Optional.empty(), parent, Optional.empty()));
      return ((CreateChannelUseCase.Created) result).channel().id();
    }

    private void overwrite(
        Caller owner, ChannelId channel, OverwriteTarget target, boolean allowView) {
      Permissions view = Permissions.of(Permission.VIEW_CHANNEL);
      var result =
          fixture
              .app
              .app
              .channelOverwrites()
              .set(
                  new ManageChannelOverwritesUseCase.Command(
                      owner,
                      channel,
                      target,
                      allowView ? view : Permissions.none(),
                      allowView ? Permissions.none() : view));
      assertThat(result).isInstanceOf(ManageChannelOverwritesUseCase.Updated.class);
    }

    Person owner() {
      return actors.get(Actor.OWNER);
    }

    String g() {
      return guild.path();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // REST

  /** An operation, the permissions MEMBER_WITH holds for it, and the status each actor gets. */
  private record Row(
      String operation,
      Permission[] granted,
      Map<Actor, Integer> expected,
      Function<World, Http.Request> request) {}

  private static Map<Actor, Integer> statuses(
      int outsider, int without, int with, int owner, int banned, int other) {
    var statuses = new EnumMap<Actor, Integer>(Actor.class);
    statuses.put(Actor.OUTSIDER, outsider);
    statuses.put(Actor.MEMBER_WITHOUT, without);
    statuses.put(Actor.MEMBER_WITH, with);
    statuses.put(Actor.OWNER, owner);
    statuses.put(Actor.BANNED, banned);
    statuses.put(Actor.OTHER_SERVER_MEMBER, other);
    return statuses;
  }

  /** Anyone signed in, member or not. */
  private static Row anyone(String operation, int status, Function<World, Http.Request> request) {
    return new Row(
        operation,
        new Permission[0],
        statuses(status, status, status, status, status, status),
        request);
  }

  /** Any member; others are told it does not exist. */
  private static Row member(String operation, int status, Function<World, Http.Request> request) {
    return new Row(
        operation, new Permission[0], statuses(404, status, status, status, 404, 404), request);
  }

  /** Members with the permission (and the owner); other members get 403. */
  private static Row needs(
      Permission permission, String operation, int status, Function<World, Http.Request> request) {
    return new Row(
        operation,
        new Permission[] {permission},
        statuses(404, 403, status, status, 404, 404),
        request);
  }

  /** The owner alone; even an administrator gets 403. */
  private static Row owner(String operation, int status, Function<World, Http.Request> request) {
    return new Row(
        operation,
        new Permission[] {Permission.ADMINISTRATOR},
        statuses(404, 403, 403, status, 404, 404),
        request);
  }

  private List<Row> rows() {
    return List.of(
        anyone("POST /guilds", 201, w -> http.post("/api/v1/guilds").json("{\"name\":\"New\"}")),
        anyone("GET /users/@me/guilds", 200, w -> http.get("/api/v1/users/@me/guilds")),
        new Row(
            "DELETE /users/@me/guilds/{id}",
            new Permission[0],
            statuses(404, 204, 204, 409, 404, 404),
            w -> http.delete("/api/v1/users/@me/guilds/" + w.guild.id())),
        member("GET /guilds/{id}", 200, w -> http.get(w.g())),
        needs(
            Permission.MANAGE_GUILD,
            "PATCH /guilds/{id}",
            200,
            w -> http.patch(w.g()).json("{\"name\":\"Renamed\"}")),
        owner("DELETE /guilds/{id}", 204, w -> http.delete(w.g())),
        new Row(
            "GET /guilds/{id}/icon",
            new Permission[0],
            statuses(200, 200, 200, 200, 200, 200),
            w -> http.get(w.g() + "/icon")),
        needs(
            Permission.MANAGE_GUILD,
            "PUT /guilds/{id}/icon",
            200,
            w -> http.put(w.g() + "/icon").header("Content-Type", "image/png").body(Images.png())),
        needs(
            Permission.MANAGE_GUILD,
            "DELETE /guilds/{id}/icon",
            200,
            w -> http.delete(w.g() + "/icon")),
        owner(
            "POST /guilds/{id}/owner",
            200,
            w -> http.post(w.g() + "/owner").json("{\"user_id\":\"" + w.target.id() + "\"}")),
        needs(
            Permission.VIEW_AUDIT_LOG,
            "GET /guilds/{id}/audit-log",
            200,
            w -> http.get(w.g() + "/audit-log")),
        member("GET /guilds/{id}/channels", 200, w -> http.get(w.g() + "/channels")),
        needs(
            Permission.MANAGE_CHANNELS,
            "POST /guilds/{id}/channels",
            201,
            w -> http.post(w.g() + "/channels").json("{\"type\":\"text\",\"name\":\"new\"}")),
        needs(
            Permission.MANAGE_CHANNELS,
            "PATCH /guilds/{id}/channels",
            204,
            w ->
                http.patch(w.g() + "/channels")
                    .json("[{\"id\":\"" + w.guild.general() + "\",\"position\":4}]")),
        needs(
            Permission.MANAGE_CHANNELS,
            "PATCH /channels/{id}",
            200,
            w ->
                http.patch("/api/v1/channels/" + w.guild.general()).json("{\"name\":\"renamed\"}")),
        needs(
            Permission.MANAGE_CHANNELS,
            "DELETE /channels/{id}",
            204,
            w -> http.delete("/api/v1/channels/" + w.guild.general())),
        needs(
            Permission.MANAGE_ROLES,
            "PUT /channels/{id}/overwrites/{kind}/{target_id}",
            204,
            w ->
                http.put("/api/v1/channels/" + w.guild.general() + "/overwrites/role/" + w.low.id())
                    .json("{\"deny\":[\"send_messages\"]}")),
        needs(
            Permission.MANAGE_ROLES,
            "DELETE /channels/{id}/overwrites/{kind}/{target_id}",
            204,
            w ->
                http.delete(
                    "/api/v1/channels/" + w.guild.general() + "/overwrites/role/" + w.low.id())),
        needs(
            Permission.CREATE_INVITE,
            "POST /guilds/{id}/invites",
            201,
            w -> http.post(w.g() + "/invites").json("{}")),
        needs(
            Permission.MANAGE_GUILD,
            "GET /guilds/{id}/invites",
            200,
            w -> http.get(w.g() + "/invites")),
        needs(
            Permission.MANAGE_GUILD,
            "DELETE /guilds/{id}/invites/{code}",
            204,
            w -> http.delete(w.g() + "/invites/" + w.revocableCode)),
        new Row(
            "GET /invites/{code}",
            new Permission[0],
            statuses(200, 200, 200, 200, 200, 200),
            w -> http.get("/api/v1/invites/" + w.joinCode)),
        new Row(
            "POST /invites/{code}/accept",
            new Permission[0],
            statuses(200, 200, 200, 200, 403, 200),
            w -> http.post("/api/v1/invites/" + w.joinCode + "/accept")),
        member("GET /guilds/{id}/members", 200, w -> http.get(w.g() + "/members")),
        needs(
            Permission.MANAGE_NICKNAMES,
            "PATCH /guilds/{id}/members/{user_id}",
            200,
            w -> http.patch(w.g() + "/members/" + w.target.id()).json("{\"nick\":\"Nick\"}")),
        needs(
            Permission.KICK_MEMBERS,
            "DELETE /guilds/{id}/members/{user_id}",
            204,
            w -> http.delete(w.g() + "/members/" + w.target.id())),
        needs(
            Permission.MANAGE_ROLES,
            "PUT /guilds/{id}/members/{user_id}/roles/{role_id}",
            204,
            w -> http.put(w.g() + "/members/" + w.target.id() + "/roles/" + w.low.id())),
        needs(
            Permission.MANAGE_ROLES,
            "DELETE /guilds/{id}/members/{user_id}/roles/{role_id}",
            204,
            w -> http.delete(w.g() + "/members/" + w.target.id() + "/roles/" + w.low.id())),
        needs(Permission.BAN_MEMBERS, "GET /guilds/{id}/bans", 200, w -> http.get(w.g() + "/bans")),
        needs(
            Permission.BAN_MEMBERS,
            "PUT /guilds/{id}/bans/{user_id}",
            204,
            w -> http.put(w.g() + "/bans/" + w.target.id())),
        needs(
            Permission.BAN_MEMBERS,
            "DELETE /guilds/{id}/bans/{user_id}",
            204,
            w -> http.delete(w.g() + "/bans/" + w.bannedTarget.id())),
        member("GET /guilds/{id}/roles", 200, w -> http.get(w.g() + "/roles")),
        needs(
            Permission.MANAGE_ROLES,
            "POST /guilds/{id}/roles",
            201,
            w -> http.post(w.g() + "/roles").json("{\"name\":\"New\"}")),
        needs(
            Permission.MANAGE_ROLES,
            "PATCH /guilds/{id}/roles/{role_id}",
            200,
            w -> http.patch(w.g() + "/roles/" + w.low.id()).json("{\"name\":\"Renamed\"}")),
        needs(
            Permission.MANAGE_ROLES,
            "DELETE /guilds/{id}/roles/{role_id}",
            204,
            w -> http.delete(w.g() + "/roles/" + w.low.id())));
  }

  @Test
  void everyOperationOfTheRouterHasARowOrBelongsToAccounts() {
    var useCases =
        TestServer.useCases(
            fixture.app.accounts, fixture.app.app, Executors.newVirtualThreadPerTaskExecutor());
    var router =
        (Router)
            ApiRoutes.api(useCases, TestServer.testSettings(), new OriginPolicy(Optional.empty()));
    Set<String> served =
        router.operations().stream()
            .map(Router.Operation::toString)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> covered = new TreeSet<>(ACCOUNT_OPERATIONS);
    rows().forEach(row -> covered.add(row.operation()));
    assertThat(rows().stream().map(Row::operation)).doesNotHaveDuplicates();
    assertThat(covered).as("rows and account operations").isEqualTo(served);
  }

  @TestFactory
  Stream<DynamicContainer> restOperations() {
    return rows().stream()
        .map(
            row ->
                DynamicContainer.dynamicContainer(
                    row.operation(),
                    Arrays.stream(Actor.values())
                        .map(
                            actor ->
                                DynamicTest.dynamicTest(
                                    actor + " gets " + row.expected().get(actor),
                                    () -> {
                                      World world = new World(row.granted());
                                      Person caller = world.actors.get(actor);
                                      Http.Answer answer =
                                          fixture.send(caller, row.request().apply(world));
                                      assertThat(answer.status())
                                          .as(row.operation() + " as " + actor + ": " + answer)
                                          .isEqualTo(row.expected().get(actor));
                                      if (answer.status() == 403 && actor != Actor.BANNED) {
                                        assertThat(answer.errorCode())
                                            .isEqualTo("missing_permission");
                                      }
                                      if (answer.status() == 404) {
                                        assertThat(answer.errorCode()).isEqualTo("not_found");
                                      }
                                    }))));
  }

  // ---------------------------------------------------------------------------------------------
  // Gateway

  private static final Set<Actor> MEMBERS =
      EnumSet.of(Actor.MEMBER_WITHOUT, Actor.MEMBER_WITH, Actor.OWNER);
  private static final Set<Actor> PRIVATE_CHANNEL_VIEWERS =
      EnumSet.of(Actor.MEMBER_WITH, Actor.OWNER);

  /** A guild event, how the owner causes it, what it is called on the wire and who hears it. */
  private record EventRow(
      Class<? extends GuildEvent> event, String type, Set<Actor> hear, Consumer<World> cause) {}

  private void asOwner(World world, Http.Request request) {
    Http.Answer answer = fixture.send(world.owner(), request);
    assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
  }

  private List<EventRow> eventRows() {
    return List.of(
        new EventRow(
            GuildEvent.GuildCreated.class,
            "GUILD_CREATE",
            EnumSet.of(Actor.OWNER),
            w -> asOwner(w, http.post("/api/v1/guilds").json("{\"name\":\"Second\"}"))),
        new EventRow(
            GuildEvent.GuildUpdated.class,
            "GUILD_UPDATE",
            MEMBERS,
            w -> asOwner(w, http.patch(w.g()).json("{\"name\":\"Renamed\"}"))),
        new EventRow(
            GuildEvent.GuildDeleted.class,
            "GUILD_DELETE",
            MEMBERS,
            w -> asOwner(w, http.delete(w.g()))),
        new EventRow(
            GuildEvent.ChannelCreated.class,
            "CHANNEL_CREATE",
            PRIVATE_CHANNEL_VIEWERS,
            w ->
                asOwner(
                    w,
                    http.post(w.g() + "/channels")
                        .json(
                            "{\"type\":\"text\",\"name\":\"plans\",\"parent_id\":\""
                                + w.privateCategory
                                + "\"}"))),
        new EventRow(
            GuildEvent.ChannelUpdated.class,
            "CHANNEL_UPDATE",
            PRIVATE_CHANNEL_VIEWERS,
            w ->
                asOwner(
                    w,
                    http.patch("/api/v1/channels/" + w.privateChannel)
                        .json("{\"topic\":\"Secret plans\"}"))),
        new EventRow(
            GuildEvent.ChannelDeleted.class,
            "CHANNEL_DELETE",
            PRIVATE_CHANNEL_VIEWERS,
            w -> asOwner(w, http.delete("/api/v1/channels/" + w.privateChannel))),
        new EventRow(
            GuildEvent.MemberJoined.class,
            "GUILD_MEMBER_ADD",
            MEMBERS,
            w -> fixture.member(w.guild, "newcomer")),
        new EventRow(
            GuildEvent.MemberLeft.class,
            "GUILD_MEMBER_REMOVE",
            MEMBERS,
            w -> fixture.send(w.target, http.delete("/api/v1/users/@me/guilds/" + w.guild.id()))),
        new EventRow(
            GuildEvent.MemberKicked.class,
            "GUILD_MEMBER_REMOVE",
            MEMBERS,
            w -> asOwner(w, http.delete(w.g() + "/members/" + w.target.id()))),
        new EventRow(
            GuildEvent.MemberBanned.class,
            "GUILD_MEMBER_REMOVE",
            MEMBERS,
            w -> asOwner(w, http.put(w.g() + "/bans/" + w.target.id()))),
        new EventRow(
            GuildEvent.MemberUpdated.class,
            "GUILD_MEMBER_UPDATE",
            MEMBERS,
            w ->
                asOwner(
                    w,
                    http.patch(w.g() + "/members/" + w.target.id()).json("{\"nick\":\"Nick\"}"))),
        new EventRow(
            GuildEvent.RoleCreated.class,
            "GUILD_ROLE_CREATE",
            MEMBERS,
            w -> asOwner(w, http.post(w.g() + "/roles").json("{\"name\":\"New\"}"))),
        new EventRow(
            GuildEvent.RoleUpdated.class,
            "GUILD_ROLE_UPDATE",
            MEMBERS,
            w -> asOwner(w, http.patch(w.g() + "/roles/" + w.low.id()).json("{\"colour\":255}"))),
        new EventRow(
            GuildEvent.RoleDeleted.class,
            "GUILD_ROLE_DELETE",
            MEMBERS,
            w -> asOwner(w, http.delete(w.g() + "/roles/" + w.low.id()))));
  }

  @Test
  void everyGuildEventHasARow() {
    Set<Class<?>> rows = new HashSet<>();
    eventRows().forEach(row -> rows.add(row.event()));
    assertThat(rows).containsExactlyInAnyOrder(GuildEvent.class.getPermittedSubclasses());
  }

  @TestFactory
  Stream<DynamicTest> gatewayEvents() {
    return eventRows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.event().getSimpleName()
                        + " is heard as "
                        + row.type()
                        + " by "
                        + row.hear(),
                    () -> {
                      World world = new World();
                      Map<Actor, TestSocket> sockets = new LinkedHashMap<>();
                      for (Actor actor : Actor.values()) {
                        sockets.put(
                            actor,
                            TestSocket.ready(fixture.server, world.actors.get(actor).token()));
                      }
                      try {
                        // Let the scene's own events settle, so that only the cause's are heard.
                        Thread.sleep(200);
                        sockets.values().forEach(GatewayEvents::drain);
                        row.cause().accept(world);
                        for (Actor actor : row.hear()) {
                          assertThat(GatewayEvents.await(sockets.get(actor), row.type()))
                              .as(actor + " hears " + row.type())
                              .isNotNull();
                        }
                        Thread.sleep(300);
                        for (Actor actor : Actor.values()) {
                          if (row.hear().contains(actor)) {
                            continue;
                          }
                          List<JsonNode> heard = GatewayEvents.drain(sockets.get(actor));
                          assertThat(heard)
                              .as(actor + " must not hear " + row.type())
                              .noneMatch(frame -> frame.path("t").asText().equals(row.type()));
                        }
                      } finally {
                        sockets.values().forEach(TestSocket::abort);
                      }
                    }));
  }
}
