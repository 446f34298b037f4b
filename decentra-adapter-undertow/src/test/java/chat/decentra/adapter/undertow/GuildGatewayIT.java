package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GatewayEvents.await;
import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.permission.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Guild events on the gateway: who hears what, and who stops hearing. */
class GuildGatewayIT {

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;
  private final Person alice = fixture.person("alice");
  private final Guild guild = fixture.guild(alice, "Den");
  private final Person bob = fixture.member(guild, "bob");
  private final List<TestSocket> sockets = new ArrayList<>();

  @AfterEach
  void stop() {
    sockets.forEach(TestSocket::abort);
    fixture.close();
  }

  private TestSocket connect(Person person) {
    TestSocket socket = TestSocket.open(fixture.server);
    sockets.add(socket);
    socket.next();
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + person.token() + "\"}}");
    return socket;
  }

  private TestSocket ready(Person person) {
    TestSocket socket = connect(person);
    await(socket, "READY");
    return socket;
  }

  private static List<String> texts(JsonNode array) {
    var texts = new ArrayList<String>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> channelNames(JsonNode view) {
    var names = new ArrayList<String>();
    view.path("channels").forEach(channel -> names.add(channel.path("name").asText()));
    return names;
  }

  private String channel(Person person, String body) {
    return expect(fixture.send(person, http.post(guild.path() + "/channels").json(body)), 201)
        .path("id")
        .asText();
  }

  private void restrict(String channelId, String body) {
    expect(
        fixture.send(
            alice,
            http.put("/api/v1/channels/" + channelId + "/overwrites/role/" + guild.id())
                .json(body)),
        204);
  }

  /** Waits until the socket has heard everything sent so far, then says what it heard. */
  private List<JsonNode> settled(TestSocket socket) throws InterruptedException {
    Thread.sleep(300);
    return GatewayEvents.drain(socket);
  }

  @Test
  void readyCarriesEachServerAsTheUserSeesIt() {
    String hidden = channel(alice, "{\"type\":\"text\",\"name\":\"hidden\"}");
    restrict(hidden, "{\"deny\":[\"view_channel\"]}");
    fixture.guild(fixture.person("carol"), "Not bob's");

    JsonNode ready = await(connect(bob), "READY");
    assertThat(ready.path("s").asInt()).isEqualTo(1);
    JsonNode guilds = ready.path("d").path("guilds");
    assertThat(guilds).hasSize(1);
    JsonNode view = guilds.get(0);
    assertThat(view.path("guild").path("id").asText()).isEqualTo(guild.id().toString());
    assertThat(view.path("me").path("user").path("id").asText()).isEqualTo(bob.id());
    assertThat(view.path("member_count").asInt()).isEqualTo(2);
    assertThat(texts(view.path("permissions")))
        .contains("view_channel")
        .doesNotContain("manage_guild");
    assertThat(channelNames(view)).containsExactly("general", "General");
    assertThat(texts(view.path("channels").get(0).path("permissions"))).contains("send_messages");

    JsonNode owners = await(connect(alice), "READY").path("d").path("guilds").get(0);
    assertThat(channelNames(owners)).containsExactly("general", "General", "hidden");
  }

  @Test
  void aSocketWithoutServersIsReadyWithAnEmptyList() {
    JsonNode ready = await(connect(fixture.person("dave")), "READY");
    assertThat(ready.path("d").path("guilds").isArray()).isTrue();
    assertThat(ready.path("d").path("guilds")).isEmpty();
  }

  @Test
  void aChannelCreatedAppearsLiveForAMember() {
    TestSocket bobs = ready(bob);
    String id = channel(alice, "{\"type\":\"text\",\"name\":\"news\",\"topic\":\"Fresh\"}");
    JsonNode created = await(bobs, "CHANNEL_CREATE");
    JsonNode channel = created.path("d");
    assertThat(channel.path("id").asText()).isEqualTo(id);
    assertThat(channel.path("guild_id").asText()).isEqualTo(guild.id().toString());
    assertThat(channel.path("name").asText()).isEqualTo("news");
    assertThat(channel.path("topic").asText()).isEqualTo("Fresh");
    assertThat(texts(channel.path("permissions"))).contains("send_messages");
  }

  @Test
  void restrictingAChannelMakesItDisappearForAMemberWhileTheOwnerStillSeesIt()
      throws InterruptedException {
    TestSocket bobs = ready(bob);
    TestSocket alices = ready(alice);
    String general = guild.general().toString();

    restrict(general, "{\"deny\":[\"view_channel\"]}");
    JsonNode gone = await(bobs, "CHANNEL_DELETE");
    assertThat(gone.path("d").path("id").asText()).isEqualTo(general);
    assertThat(gone.path("d").path("guild_id").asText()).isEqualTo(guild.id().toString());
    JsonNode stillThere = await(alices, "CHANNEL_UPDATE");
    assertThat(stillThere.path("d").path("overwrites").get(0).path("deny").get(0).asText())
        .isEqualTo("view_channel");

    expect(
        fixture.send(
            alice, http.patch("/api/v1/channels/" + general).json("{\"topic\":\"Staff only\"}")),
        200);
    await(alices, "CHANNEL_UPDATE");
    assertThat(settled(bobs)).isEmpty();

    expect(
        fixture.send(
            alice, http.delete("/api/v1/channels/" + general + "/overwrites/role/" + guild.id())),
        204);
    JsonNode back = await(bobs, "CHANNEL_CREATE");
    assertThat(back.path("d").path("id").asText()).isEqualTo(general);
    assertThat(back.path("d").path("topic").asText()).isEqualTo("Staff only");
  }

  @Test
  void aBannedMembersSocketsGetGuildDeleteOnceAndNothingOfTheServerAfter()
      throws InterruptedException {
    TestSocket bobs = ready(bob);
    TestSocket bobsOther = ready(bob);
    TestSocket alices = ready(alice);

    expect(
        fixture.send(
            alice, http.put(guild.path() + "/bans/" + bob.id()).json("{\"reason\":\"spam\"}")),
        204);
    for (TestSocket socket : List.of(bobs, bobsOther)) {
      JsonNode deleted = await(socket, "GUILD_DELETE");
      assertThat(deleted.path("d").path("id").asText()).isEqualTo(guild.id().toString());
    }
    JsonNode removed = await(alices, "GUILD_MEMBER_REMOVE");
    assertThat(removed.path("d").path("guild_id").asText()).isEqualTo(guild.id().toString());
    assertThat(removed.path("d").path("user").path("id").asText()).isEqualTo(bob.id());

    channel(alice, "{\"type\":\"text\",\"name\":\"after\"}");
    expect(fixture.send(alice, http.patch(guild.path()).json("{\"name\":\"Lair\"}")), 200);
    expect(fixture.send(alice, http.post(guild.path() + "/roles").json("{\"name\":\"R\"}")), 201);
    fixture.member(guild, "carol");
    await(alices, "GUILD_MEMBER_ADD");
    assertThat(settled(bobs)).isEmpty();
    assertThat(settled(bobsOther)).isEmpty();
  }

  @Test
  void aKickedOrLeavingMemberDropsTheServer() {
    Person carol = fixture.member(guild, "carol");
    TestSocket bobs = ready(bob);
    TestSocket carols = ready(carol);
    TestSocket alices = ready(alice);
    expect(fixture.send(alice, http.delete(guild.path() + "/members/" + bob.id())), 204);
    assertThat(await(bobs, "GUILD_DELETE").path("d").path("id").asText())
        .isEqualTo(guild.id().toString());
    expect(fixture.send(carol, http.delete("/api/v1/users/@me/guilds/" + guild.id())), 204);
    await(carols, "GUILD_DELETE");
    await(alices, "GUILD_MEMBER_REMOVE");
    await(alices, "GUILD_MEMBER_REMOVE");
  }

  @Test
  void joiningSendsTheServerToTheNewcomerAndTheNewcomerToTheOthers() throws InterruptedException {
    Person carol = fixture.person("carol");
    TestSocket carols = ready(carol);
    TestSocket bobs = ready(bob);
    String code = fixture.app.invite(alice.caller(), guild.id());
    expect(fixture.send(carol, http.post("/api/v1/invites/" + code + "/accept")), 200);

    JsonNode created = await(carols, "GUILD_CREATE");
    assertThat(created.path("d").path("guild").path("id").asText())
        .isEqualTo(guild.id().toString());
    assertThat(created.path("d").path("member_count").asInt()).isEqualTo(3);
    JsonNode added = await(bobs, "GUILD_MEMBER_ADD");
    assertThat(added.path("d").path("guild_id").asText()).isEqualTo(guild.id().toString());
    assertThat(added.path("d").path("user").path("id").asText()).isEqualTo(carol.id());
    assertThat(added.path("d").path("roles")).isEmpty();
    assertThat(settled(carols)).noneMatch(f -> f.path("t").asText().equals("GUILD_MEMBER_ADD"));

    channel(alice, "{\"type\":\"text\",\"name\":\"welcome\"}");
    await(carols, "CHANNEL_CREATE");
  }

  @Test
  void aNewServerReachesItsCreatorsSockets() {
    TestSocket alices = ready(alice);
    var answer =
        expect(fixture.send(alice, http.post("/api/v1/guilds").json("{\"name\":\"Two\"}")), 201);
    JsonNode created = await(alices, "GUILD_CREATE");
    assertThat(created.path("d").path("guild").path("id").asText())
        .isEqualTo(answer.path("guild").path("id").asText());
    assertThat(channelNames(created.path("d"))).containsExactly("general", "General");
  }

  @Test
  void gettingARoleSyncsTheMembersPermissionsAndTellsTheOthers() throws InterruptedException {
    TestSocket bobs = ready(bob);
    TestSocket alices = ready(alice);
    Role managers =
        fixture.app.createRole(alice.caller(), guild.id(), "Managers", Permission.MANAGE_CHANNELS);
    await(bobs, "GUILD_ROLE_CREATE");
    expect(
        fixture.send(
            alice, http.put(guild.path() + "/members/" + bob.id() + "/roles/" + managers.id())),
        204);
    JsonNode updated = await(bobs, "GUILD_MEMBER_UPDATE");
    assertThat(texts(updated.path("d").path("roles"))).containsExactly(managers.id().toString());
    JsonNode sync = await(bobs, "GUILD_SYNC");
    assertThat(texts(sync.path("d").path("permissions"))).contains("manage_channels");
    assertThat(texts(sync.path("d").path("me").path("roles")))
        .containsExactly(managers.id().toString());
    await(alices, "GUILD_MEMBER_UPDATE");
    assertThat(settled(alices)).noneMatch(f -> f.path("t").asText().equals("GUILD_SYNC"));

    expect(fixture.send(alice, http.delete(guild.path() + "/roles/" + managers.id())), 204);
    await(bobs, "GUILD_ROLE_DELETE");
    JsonNode after = await(bobs, "GUILD_SYNC");
    assertThat(texts(after.path("d").path("permissions"))).doesNotContain("manage_channels");
  }

  @Test
  void aNicknameIsHeardByAllWithoutASync() throws InterruptedException {
    TestSocket bobs = ready(bob);
    TestSocket alices = ready(alice);
    expect(
        fixture.send(
            bob, http.patch(guild.path() + "/members/" + bob.id()).json("{\"nick\":\"B\"}")),
        200);
    assertThat(await(alices, "GUILD_MEMBER_UPDATE").path("d").path("nick").asText()).isEqualTo("B");
    await(bobs, "GUILD_MEMBER_UPDATE");
    assertThat(settled(bobs)).noneMatch(f -> f.path("t").asText().equals("GUILD_SYNC"));
  }

  @Test
  void changingWhatEveryoneMayDoSyncsEveryMember() {
    TestSocket bobs = ready(bob);
    TestSocket alices = ready(alice);
    expect(
        fixture.send(
            alice,
            http.patch(guild.path() + "/roles/" + guild.id())
                .json("{\"permissions\":[\"view_channel\",\"send_messages\"]}")),
        200);
    JsonNode role = await(bobs, "GUILD_ROLE_UPDATE");
    assertThat(role.path("d").path("role").path("everyone").asBoolean()).isTrue();
    JsonNode sync = await(bobs, "GUILD_SYNC");
    assertThat(texts(sync.path("d").path("permissions")))
        .containsExactly("view_channel", "send_messages");
    await(alices, "GUILD_SYNC");
  }

  @Test
  void handingOverOwnershipSyncsTheOldAndTheNewOwnerOnly() throws InterruptedException {
    Person carol = fixture.member(guild, "carol");
    TestSocket alices = ready(alice);
    TestSocket bobs = ready(bob);
    TestSocket carols = ready(carol);
    expect(
        fixture.send(
            alice, http.post(guild.path() + "/owner").json("{\"user_id\":\"" + bob.id() + "\"}")),
        200);
    for (TestSocket socket : List.of(alices, bobs, carols)) {
      assertThat(await(socket, "GUILD_UPDATE").path("d").path("owner_id").asText())
          .isEqualTo(bob.id());
    }
    assertThat(texts(await(bobs, "GUILD_SYNC").path("d").path("permissions")))
        .contains("administrator");
    assertThat(texts(await(alices, "GUILD_SYNC").path("d").path("permissions")))
        .doesNotContain("administrator");
    assertThat(settled(carols)).isEmpty();
  }

  @Test
  void deletingAServerTellsEveryMember() {
    TestSocket alices = ready(alice);
    TestSocket bobs = ready(bob);
    expect(fixture.send(alice, http.delete(guild.path())), 204);
    for (TestSocket socket : List.of(alices, bobs)) {
      assertThat(await(socket, "GUILD_DELETE").path("d").path("id").asText())
          .isEqualTo(guild.id().toString());
    }
  }

  @Test
  void eventsCarryConsecutiveSequenceNumbers() {
    TestSocket bobs = ready(bob);
    channel(alice, "{\"type\":\"text\",\"name\":\"one\"}");
    expect(fixture.send(alice, http.patch(guild.path()).json("{\"name\":\"Lair\"}")), 200);
    expect(fixture.send(alice, http.post(guild.path() + "/roles").json("{\"name\":\"R\"}")), 201);
    int first = await(bobs, "CHANNEL_CREATE").path("s").asInt();
    assertThat(first).isGreaterThan(1);
    assertThat(await(bobs, "GUILD_UPDATE").path("s").asInt()).isEqualTo(first + 1);
    assertThat(await(bobs, "GUILD_ROLE_CREATE").path("s").asInt()).isEqualTo(first + 2);
  }
}
