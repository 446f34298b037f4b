package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static chat.decentra.adapter.undertow.GuildFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.permission.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The servers themselves: create, read, rename, icon, hand over, leave, delete, audit log. */
class GuildsIT {

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;
  private final Person alice = fixture.person("alice");

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static List<String> texts(JsonNode array) {
    var texts = new ArrayList<String>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void creatingAServerAnswersTheOwnersViewWithAGeneralTextAndVoiceChannel() {
    JsonNode view =
        expect(
            fixture.send(alice, http.post("/api/v1/guilds").json("{\"name\":\"  The Den \"}")),
            201);
    JsonNode guild = view.path("guild");
    assertThat(guild.path("id").isTextual()).isTrue();
    assertThat(guild.path("name").asText()).isEqualTo("The Den");
    assertThat(guild.path("owner_id").asText()).isEqualTo(alice.id());
    assertThat(guild.path("icon_url").isNull()).isTrue();
    assertThat(guild.path("created_at").asText()).endsWith("Z");
    assertThat(view.path("member_count").asInt()).isEqualTo(1);
    assertThat(view.path("me").path("user").path("id").asText()).isEqualTo(alice.id());
    assertThat(view.path("me").path("user").has("admin")).isFalse();
    assertThat(view.path("me").path("nick").isNull()).isTrue();
    assertThat(view.path("me").path("roles")).isEmpty();
    assertThat(texts(view.path("permissions")))
        .contains("administrator", "manage_guild", "view_channel")
        .allMatch(name -> name.equals(name.toLowerCase()));
    JsonNode everyone = view.path("roles").get(0);
    assertThat(everyone.path("id").asText()).isEqualTo(guild.path("id").asText());
    assertThat(everyone.path("name").asText()).isEqualTo("@everyone");
    assertThat(everyone.path("everyone").asBoolean()).isTrue();
    assertThat(everyone.path("position").asInt()).isZero();
    assertThat(texts(everyone.path("permissions"))).contains("view_channel", "send_messages");
    JsonNode channels = view.path("channels");
    assertThat(channels).hasSize(2);
    assertThat(channels.get(0).path("type").asText()).isEqualTo("text");
    assertThat(channels.get(0).path("name").asText()).isEqualTo("general");
    assertThat(channels.get(0).path("guild_id").asText()).isEqualTo(guild.path("id").asText());
    assertThat(channels.get(0).path("topic").isNull()).isTrue();
    assertThat(channels.get(0).path("parent_id").isNull()).isTrue();
    assertThat(channels.get(0).path("overwrites").isArray()).isTrue();
    assertThat(texts(channels.get(0).path("permissions"))).contains("send_messages");
    assertThat(channels.get(1).path("type").asText()).isEqualTo("voice");
    assertThat(channels.get(1).path("name").asText()).isEqualTo("General");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":\"a\\u0007b\"}"})
  void emptyOrControlCharacterNamesAreRefusedAndNothingIsCreated(String body) {
    Object before = fixture.app.state();
    expectError(fixture.send(alice, http.post("/api/v1/guilds").json(body)), 400, "invalid_name");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void overlongNamesAreRefused() {
    Object before = fixture.app.state();
    String name = "x".repeat(101);
    expectError(
        fixture.send(alice, http.post("/api/v1/guilds").json("{\"name\":\"" + name + "\"}")),
        400,
        "invalid_name");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"name\":42}", "{\"name\":null}", "[]", "not json"})
  void namesOfTheWrongShapeAreInvalidJson(String body) {
    Object before = fixture.app.state();
    expectError(fixture.send(alice, http.post("/api/v1/guilds").json(body)), 400, "invalid_json");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void nobodyBelongsToMoreServersThanTheLimit() {
    for (int i = 0; i < GuildLimits.GUILDS_PER_USER; i++) {
      fixture.guild(alice, "Guild " + i);
    }
    expectError(
        fixture.send(alice, http.post("/api/v1/guilds").json("{\"name\":\"One more\"}")),
        400,
        "too_many_guilds");
  }

  @Test
  void myServersAreTheOnesIOwnOrJoined() {
    Person bob = fixture.person("bob");
    Guild mine = fixture.guild(alice, "Mine");
    Guild bobs = fixture.guild(bob, "Bob's");
    fixture.guild(bob, "Bob's other");
    fixture.join(bobs, alice);

    JsonNode guilds = expect(fixture.send(alice, http.get("/api/v1/users/@me/guilds")), 200);
    assertThat(guilds).hasSize(2);
    assertThat(guilds.get(0).path("id").asText()).isEqualTo(mine.id().toString());
    assertThat(guilds.get(1).path("id").asText()).isEqualTo(bobs.id().toString());
    assertThat(guilds.get(1).path("owner_id").asText()).isEqualTo(bob.id());
  }

  @Test
  void aServerIsVisibleToItsMembersOnly() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    Person eve = fixture.person("eve");

    JsonNode view = expect(fixture.send(bob, http.get(guild.path())), 200);
    assertThat(view.path("member_count").asInt()).isEqualTo(2);
    assertThat(view.path("me").path("user").path("id").asText()).isEqualTo(bob.id());
    assertThat(texts(view.path("permissions"))).doesNotContain("administrator", "manage_guild");
    expectError(fixture.send(eve, http.get(guild.path())), 404, "not_found");
    expectError(fixture.send(bob, http.get("/api/v1/guilds/999999999")), 404, "not_found");
    expectError(fixture.send(bob, http.get("/api/v1/guilds/abc")), 404, "not_found");
    expectError(http.get(guild.path()).send(), 401, "unauthorized");
  }

  @Test
  void renamingNeedsManageGuild() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    expectError(
        fixture.send(bob, http.patch(guild.path()).json("{\"name\":\"Mine now\"}")),
        403,
        "missing_permission");

    var role =
        fixture.app.createRole(alice.caller(), guild.id(), "Admins", Permission.MANAGE_GUILD);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), role.id());
    JsonNode renamed =
        expect(fixture.send(bob, http.patch(guild.path()).json("{\"name\":\"Lair\"}")), 200);
    assertThat(renamed.path("name").asText()).isEqualTo("Lair");
    assertThat(renamed.path("id").asText()).isEqualTo(guild.id().toString());
  }

  @Test
  void renamingToNothingOrNullIsRefusedAndAnEmptyPatchChangesNothing() {
    Guild guild = fixture.guild(alice, "Den");
    Object before = fixture.app.state();
    expectError(
        fixture.send(alice, http.patch(guild.path()).json("{\"name\":null}")), 400, "invalid_name");
    expectError(
        fixture.send(alice, http.patch(guild.path()).json("{\"name\":\"\"}")), 400, "invalid_name");
    expectError(
        fixture.send(alice, http.patch(guild.path()).json("{\"name\":[]}")), 400, "invalid_json");
    JsonNode unchanged = expect(fixture.send(alice, http.patch(guild.path()).json("{}")), 200);
    assertThat(unchanged.path("name").asText()).isEqualTo("Den");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void onlyTheOwnerDeletesAServer() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    var admins =
        fixture.app.createRole(alice.caller(), guild.id(), "Admins", Permission.ADMINISTRATOR);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), admins.id());

    expectError(fixture.send(bob, http.delete(guild.path())), 403, "missing_permission");
    expect(fixture.send(alice, http.delete(guild.path())), 204);
    expectError(fixture.send(alice, http.get(guild.path())), 404, "not_found");
    expectError(fixture.send(bob, http.get(guild.path())), 404, "not_found");
    assertThat(expect(fixture.send(bob, http.get("/api/v1/users/@me/guilds")), 200)).isEmpty();
  }

  @Test
  void anIconIsUploadedServedWithItsTypeAndCachedForeverUnderItsVersion() {
    Guild guild = fixture.guild(alice, "Den");
    byte[] png = Images.png();
    JsonNode updated =
        expect(
            fixture.send(
                alice,
                http.put(guild.path() + "/icon").header("Content-Type", "image/png").body(png)),
            200);
    String url = updated.path("icon_url").asText();
    assertThat(url).startsWith("/api/v1/guilds/" + guild.id() + "/icon?v=");

    var image = http.get(url).send();
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.header("Content-Type")).contains("image/png");
    assertThat(image.bytes()).isEqualTo(png);
    assertThat(image.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(http.get(guild.path() + "/icon").send().header("Cache-Control"))
        .contains("no-cache");
    var revalidated =
        http.get(url).header("If-None-Match", image.header("ETag").orElseThrow()).send();
    assertThat(revalidated.status()).isEqualTo(304);

    JsonNode removed = expect(fixture.send(alice, http.delete(guild.path() + "/icon")), 200);
    assertThat(removed.path("icon_url").isNull()).isTrue();
    expectError(http.get(guild.path() + "/icon").send(), 404, "not_found");
  }

  @Test
  void iconsMustBeImagesWithinTheLimitAndNeedManageGuild() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    Object before = fixture.app.state();
    expectError(
        fixture.send(alice, http.put(guild.path() + "/icon").body("<svg/>")), 400, "invalid_image");
    byte[] huge = new byte[2 * 1024 * 1024 + 1];
    System.arraycopy(Images.png(), 0, huge, 0, 16);
    expectError(
        fixture.send(alice, http.put(guild.path() + "/icon").body(huge)), 413, "payload_too_large");
    expectError(
        fixture.send(bob, http.put(guild.path() + "/icon").body(Images.png())),
        403,
        "missing_permission");
    expectError(fixture.send(bob, http.delete(guild.path() + "/icon")), 403, "missing_permission");
    assertThat(fixture.app.state()).isEqualTo(before);
    expectError(http.get("/api/v1/guilds/nope/icon").send(), 404, "not_found");
  }

  @Test
  void theOwnerHandsTheServerToAMemberAndCanThenLeave() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    Person eve = fixture.person("eve");
    String owner = guild.path() + "/owner";

    expectError(
        fixture.send(bob, http.post(owner).json("{\"user_id\":\"" + bob.id() + "\"}")),
        403,
        "missing_permission");
    expectError(
        fixture.send(alice, http.post(owner).json("{\"user_id\":\"" + eve.id() + "\"}")),
        404,
        "not_found");
    expectError(
        fixture.send(alice, http.post(owner).json("{\"user_id\":\"bob\"}")), 400, "invalid_json");
    expectError(
        fixture.send(alice, http.post(owner).json("{\"user_id\":" + bob.id() + "}")),
        400,
        "invalid_json");
    JsonNode handedOver =
        expect(
            fixture.send(alice, http.post(owner).json("{\"user_id\":\"" + bob.id() + "\"}")), 200);
    assertThat(handedOver.path("owner_id").asText()).isEqualTo(bob.id());
    expect(fixture.send(alice, http.delete("/api/v1/users/@me/guilds/" + guild.id())), 204);
    expectError(fixture.send(alice, http.get(guild.path())), 404, "not_found");
  }

  @Test
  void membersLeaveButTheOwnerMustHandOverFirst() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    String leave = "/api/v1/users/@me/guilds/" + guild.id();
    expectError(fixture.send(alice, http.delete(leave)), 409, "owner_must_transfer");
    expect(fixture.send(bob, http.delete(leave)), 204);
    expectError(fixture.send(bob, http.delete(leave)), 404, "not_found");
    expectError(fixture.send(bob, http.get(guild.path())), 404, "not_found");
    expectError(fixture.send(bob, http.delete("/api/v1/users/@me/guilds/x")), 404, "not_found");
  }

  @Test
  void theAuditLogListsAdministrativeActionsNewestFirstInPages() {
    Guild guild = fixture.guild(alice, "Den");
    fixture.send(alice, http.patch(guild.path()).json("{\"name\":\"Lair\"}"));
    fixture.send(
        alice, http.post(guild.path() + "/channels").json("{\"type\":\"text\",\"name\":\"news\"}"));
    Person bob = fixture.member(guild, "bob");
    fixture.send(
        alice,
        http.delete(guild.path() + "/members/" + bob.id()).json("{\"reason\":\"spamming\"}"));

    JsonNode log = expect(fixture.send(alice, http.get(guild.path() + "/audit-log")), 200);
    List<String> actions = new ArrayList<>();
    log.forEach(entry -> actions.add(entry.path("action").asText()));
    assertThat(actions).containsSubsequence("member_kick", "channel_create", "guild_update");
    JsonNode kick = log.get(0);
    assertThat(kick.path("actor_id").asText()).isEqualTo(alice.id());
    assertThat(kick.path("target_id").asText()).isEqualTo(bob.id());
    assertThat(kick.path("reason").asText()).isEqualTo("spamming");
    assertThat(kick.path("created_at").asText()).endsWith("Z");

    JsonNode first =
        expect(fixture.send(alice, http.get(guild.path() + "/audit-log?limit=1")), 200);
    assertThat(first).hasSize(1);
    JsonNode older =
        expect(
            fixture.send(
                alice,
                http.get(guild.path() + "/audit-log?before=" + first.get(0).path("id").asText())),
            200);
    assertThat(older).hasSize(log.size() - 1);
    assertThat(older.get(0).path("id").asText()).isEqualTo(log.get(1).path("id").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"?limit=x", "?limit=0", "?limit=-1", "?before=abc", "?before=0"})
  void malformedAuditLogQueriesAreInvalid(String query) {
    Guild guild = fixture.guild(alice, "Den");
    expectError(
        fixture.send(alice, http.get(guild.path() + "/audit-log" + query)), 400, "invalid_query");
  }

  @Test
  void theAuditLogNeedsViewAuditLogOrManageGuild() {
    Guild guild = fixture.guild(alice, "Den");
    Person bob = fixture.member(guild, "bob");
    expectError(
        fixture.send(bob, http.get(guild.path() + "/audit-log")), 403, "missing_permission");
    var auditors =
        fixture.app.createRole(alice.caller(), guild.id(), "Auditors", Permission.VIEW_AUDIT_LOG);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), auditors.id());
    expect(fixture.send(bob, http.get(guild.path() + "/audit-log")), 200);
  }
}
