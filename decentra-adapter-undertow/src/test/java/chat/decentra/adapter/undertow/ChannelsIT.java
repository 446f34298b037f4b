package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static chat.decentra.adapter.undertow.GuildFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
import chat.decentra.domain.channel.ChannelKind;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.guild.Role;
import chat.decentra.domain.permission.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Channels: listing, creating, moving, changing, deleting, and their permission overwrites. */
class ChannelsIT {

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;
  private final Person alice = fixture.person("alice");
  private final Guild guild = fixture.guild(alice, "Den");
  private final Person bob = fixture.member(guild, "bob");

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode create(String body) {
    return expect(fixture.send(alice, http.post(guild.path() + "/channels").json(body)), 201);
  }

  private Http.Answer update(Person person, String channelId, String body) {
    return fixture.send(person, http.patch("/api/v1/channels/" + channelId).json(body));
  }

  private List<String> names(Person person) {
    var names = new ArrayList<String>();
    expect(fixture.send(person, http.get(guild.path() + "/channels")), 200)
        .forEach(channel -> names.add(channel.path("name").asText()));
    return names;
  }

  private void hideFromEveryone(String channelId) {
    expect(
        fixture.send(
            alice,
            http.put("/api/v1/channels/" + channelId + "/overwrites/role/" + guild.id())
                .json("{\"deny\":[\"view_channel\"]}")),
        204);
  }

  @Test
  void membersListTheChannelsTheyMayViewWithTheirPermissionsInEach() {
    JsonNode channels = expect(fixture.send(bob, http.get(guild.path() + "/channels")), 200);
    assertThat(channels).hasSize(2);
    JsonNode general = channels.get(0);
    assertThat(general.path("id").asText()).isEqualTo(guild.general().toString());
    List<String> permissions = new ArrayList<>();
    general.path("permissions").forEach(p -> permissions.add(p.asText()));
    assertThat(permissions)
        .contains("view_channel", "send_messages")
        .doesNotContain("manage_roles");
    expectError(
        fixture.send(fixture.person("eve"), http.get(guild.path() + "/channels")),
        404,
        "not_found");
  }

  @Test
  void aHiddenChannelIsListedForTheOwnerWithItsOverwritesButNotForMembers() {
    String secret = create("{\"type\":\"text\",\"name\":\"secret\"}").path("id").asText();
    hideFromEveryone(secret);

    assertThat(names(bob)).containsExactly("general", "General");
    assertThat(names(alice)).contains("secret");
    JsonNode owners = expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200);
    JsonNode overwrite = owners.get(2).path("overwrites").get(0);
    assertThat(overwrite.path("type").asText()).isEqualTo("role");
    assertThat(overwrite.path("id").asText()).isEqualTo(guild.id().toString());
    assertThat(overwrite.path("deny").get(0).asText()).isEqualTo("view_channel");
    assertThat(overwrite.path("allow")).isEmpty();
    expectError(update(bob, secret, "{\"name\":\"mine\"}"), 404, "not_found");
  }

  @Test
  void overwritesAreShownOnlyToThoseWhoManageThem() {
    expect(
        fixture.send(
            alice,
            http.put("/api/v1/channels/" + guild.general() + "/overwrites/member/" + bob.id())
                .json("{\"deny\":[\"mention_everyone\"]}")),
        204);
    JsonNode bobs = expect(fixture.send(bob, http.get(guild.path() + "/channels")), 200);
    assertThat(bobs.get(0).path("overwrites")).isEmpty();
    JsonNode alices = expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200);
    assertThat(alices.get(0).path("overwrites").get(0).path("type").asText()).isEqualTo("member");
    assertThat(alices.get(0).path("overwrites").get(0).path("id").asText()).isEqualTo(bob.id());
  }

  @Test
  void textVoiceAndCategoryChannelsAreCreatedWithNormalisedNames() {
    JsonNode category = create("{\"type\":\"category\",\"name\":\"Info Desk\"}");
    assertThat(category.path("type").asText()).isEqualTo("category");
    assertThat(category.path("name").asText()).isEqualTo("Info Desk");

    JsonNode text =
        create(
            "{\"type\":\"text\",\"name\":\"Release Notes\",\"topic\":\"What shipped\","
                + "\"parent_id\":\""
                + category.path("id").asText()
                + "\",\"position\":7}");
    assertThat(text.path("name").asText()).isEqualTo("release-notes");
    assertThat(text.path("topic").asText()).isEqualTo("What shipped");
    assertThat(text.path("parent_id").asText()).isEqualTo(category.path("id").asText());
    assertThat(text.path("position").asInt()).isEqualTo(7);
    assertThat(text.path("guild_id").asText()).isEqualTo(guild.id().toString());
    assertThat(text.path("permissions")).isNotEmpty();

    JsonNode voice = create("{\"type\":\"voice\",\"name\":\"Lounge\",\"topic\":null}");
    assertThat(voice.path("type").asText()).isEqualTo("voice");
    assertThat(voice.path("topic").isNull()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\":\"forum\",\"name\":\"x\"}|invalid_type",
        "{\"type\":\"TEXT\",\"name\":\"x\"}|invalid_type",
        "{\"type\":\"text\",\"name\":\"\"}|invalid_name",
        "{\"type\":\"text\",\"name\":\"a\\u0000b\"}|invalid_name",
        "{\"type\":\"voice\",\"name\":\"x\",\"topic\":\"no topics here\"}|invalid_topic",
        "{\"type\":\"category\",\"name\":\"x\",\"parent_id\":\"PARENT\"}|invalid_parent",
        "{\"type\":\"text\",\"name\":\"x\",\"parent_id\":\"GENERAL\"}|invalid_parent",
        "{\"type\":\"text\",\"name\":\"x\",\"parent_id\":\"424242\"}|invalid_parent",
        "{\"type\":\"text\",\"name\":\"x\",\"position\":-1}|invalid_position",
        "{\"type\":\"text\",\"name\":\"x\",\"position\":99999999999}|invalid_position",
        "{\"type\":\"text\",\"name\":\"x\",\"position\":\"1\"}|invalid_json",
        "{\"type\":\"text\",\"name\":\"x\",\"position\":1.5}|invalid_json",
        "{\"type\":\"text\",\"name\":\"x\",\"parent_id\":\"abc\"}|invalid_json",
        "{\"type\":\"text\",\"name\":\"x\",\"parent_id\":12}|invalid_json",
        "{\"type\":\"text\"}|invalid_json",
        "{\"name\":\"x\"}|invalid_json",
        "{\"type\":\"text\",\"name\":\"x\",\"topic\":7}|invalid_json"
      })
  void badChannelsAreRefusedAndNothingChanges(String template, String code) {
    String parent = create("{\"type\":\"category\",\"name\":\"Cat\"}").path("id").asText();
    String body = template.replace("PARENT", parent).replace("GENERAL", guild.general().toString());
    Object before = fixture.app.state();
    expectError(fixture.send(alice, http.post(guild.path() + "/channels").json(body)), 400, code);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void overlongTopicsAreRefused() {
    String topic = "t".repeat(1025);
    expectError(
        fixture.send(
            alice,
            http.post(guild.path() + "/channels")
                .json("{\"type\":\"text\",\"name\":\"x\",\"topic\":\"" + topic + "\"}")),
        400,
        "invalid_topic");
  }

  @Test
  void creatingNeedsManageChannelsAndStopsAtTheLimit() {
    expectError(
        fixture.send(
            bob, http.post(guild.path() + "/channels").json("{\"type\":\"text\",\"name\":\"x\"}")),
        403,
        "missing_permission");
    for (int i = 2; i < GuildLimits.CHANNELS_PER_GUILD; i++) {
      create("{\"type\":\"voice\",\"name\":\"Room " + i + "\"}");
    }
    expectError(
        fixture.send(
            alice,
            http.post(guild.path() + "/channels")
                .json("{\"type\":\"text\",\"name\":\"one-more\"}")),
        400,
        "too_many_channels");
  }

  @Test
  void severalChannelsMoveAtOnce() {
    String category = create("{\"type\":\"category\",\"name\":\"Cat\"}").path("id").asText();
    String voice = fixture.app.firstChannel(guild.id(), ChannelKind.VOICE).id().toString();
    expect(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json(
                    "[{\"id\":\""
                        + guild.general()
                        + "\",\"position\":5,\"parent_id\":\""
                        + category
                        + "\"},{\"id\":\""
                        + voice
                        + "\",\"position\":0}]")),
        204);
    assertThat(names(alice)).containsExactly("General", "Cat", "general");
    expect(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json("[{\"id\":\"" + guild.general() + "\",\"position\":5,\"parent_id\":null}]")),
        204);
    JsonNode channels = expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200);
    assertThat(channels.get(2).path("parent_id").isNull()).isTrue();
  }

  @Test
  void aMoveThatFailsMovesNothing() {
    String voice = fixture.app.firstChannel(guild.id(), ChannelKind.VOICE).id().toString();
    Object before = fixture.app.state();
    String first = "{\"id\":\"" + guild.general() + "\",\"position\":9}";
    expectError(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json("[" + first + ",{\"id\":\"123456\",\"position\":0}]")),
        404,
        "not_found");
    expectError(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json("[" + first + ",{\"id\":\"" + voice + "\",\"position\":-3}]")),
        400,
        "invalid_position");
    expectError(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json(
                    "["
                        + first
                        + ",{\"id\":\""
                        + voice
                        + "\",\"position\":1,\"parent_id\":\""
                        + guild.general()
                        + "\"}]")),
        400,
        "invalid_parent");
    for (String body :
        List.of(
            "{\"id\":\"1\",\"position\":1}",
            "[{\"id\":\"" + voice + "\"}]",
            "[{\"id\":" + voice + ",\"position\":1}]",
            "[1,2]",
            "")) {
      expectError(
          fixture.send(alice, http.patch(guild.path() + "/channels").json(body)),
          400,
          "invalid_json");
    }
    expectError(
        fixture.send(bob, http.patch(guild.path() + "/channels").json("[" + first + "]")),
        403,
        "missing_permission");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void aChannelIsRenamedGivenATopicMovedAndCleared() {
    String category = create("{\"type\":\"category\",\"name\":\"Cat\"}").path("id").asText();
    String general = guild.general().toString();
    JsonNode changed =
        expect(
            update(
                alice,
                general,
                "{\"name\":\"Main Hall\",\"topic\":\"Say hi\",\"parent_id\":\""
                    + category
                    + "\",\"position\":3}"),
            200);
    assertThat(changed.path("name").asText()).isEqualTo("main-hall");
    assertThat(changed.path("topic").asText()).isEqualTo("Say hi");
    assertThat(changed.path("parent_id").asText()).isEqualTo(category);
    assertThat(changed.path("position").asInt()).isEqualTo(3);

    JsonNode cleared = expect(update(alice, general, "{\"topic\":null,\"parent_id\":null}"), 200);
    assertThat(cleared.path("topic").isNull()).isTrue();
    assertThat(cleared.path("parent_id").isNull()).isTrue();
    assertThat(cleared.path("name").asText()).isEqualTo("main-hall");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":null}|invalid_name",
        "{\"name\":\"\"}|invalid_name",
        "{\"position\":null}|invalid_position",
        "{\"position\":-1}|invalid_position",
        "{\"parent_id\":\"SELF\"}|invalid_parent",
        "{\"parent_id\":\"x\"}|invalid_json",
        "{\"topic\":false}|invalid_json",
        "{\"name\":1}|invalid_json"
      })
  void badChangesAreRefusedAndNothingChanges(String template, String code) {
    String general = guild.general().toString();
    Object before = fixture.app.state();
    expectError(update(alice, general, template.replace("SELF", general)), 400, code);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void changingAndDeletingNeedManageChannels() {
    String general = guild.general().toString();
    expectError(update(bob, general, "{\"name\":\"mine\"}"), 403, "missing_permission");
    expectError(
        fixture.send(bob, http.delete("/api/v1/channels/" + general)), 403, "missing_permission");
    expectError(update(alice, "424242", "{\"name\":\"x\"}"), 404, "not_found");
    expectError(update(alice, "x", "{\"name\":\"x\"}"), 404, "not_found");
  }

  @Test
  void deletingACategoryLeavesItsChannelsWithoutOne() {
    String category = create("{\"type\":\"category\",\"name\":\"Cat\"}").path("id").asText();
    String inside =
        create("{\"type\":\"text\",\"name\":\"inside\",\"parent_id\":\"" + category + "\"}")
            .path("id")
            .asText();
    expect(fixture.send(alice, http.delete("/api/v1/channels/" + category)), 204);
    expectError(fixture.send(alice, http.delete("/api/v1/channels/" + category)), 404, "not_found");
    JsonNode channels = expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200);
    for (JsonNode channel : channels) {
      if (channel.path("id").asText().equals(inside)) {
        assertThat(channel.path("parent_id").isNull()).isTrue();
      }
    }
    assertThat(names(alice)).containsExactly("general", "General", "inside");
  }

  @Test
  void overwritesAreSetAndRemovedForRolesAndMembers() {
    var role = fixture.app.createRole(alice.caller(), guild.id(), "Quiet");
    String base = "/api/v1/channels/" + guild.general() + "/overwrites/";
    expect(
        fixture.send(
            alice,
            http.put(base + "role/" + role.id())
                .json("{\"allow\":[\"attach_files\"],\"deny\":[\"send_messages\"]}")),
        204);
    expect(fixture.send(alice, http.put(base + "member/" + bob.id()).json("{\"allow\":[]}")), 204);
    JsonNode general =
        expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200).get(0);
    assertThat(general.path("overwrites")).hasSize(2);

    expect(fixture.send(alice, http.delete(base + "role/" + role.id())), 204);
    expect(fixture.send(alice, http.delete(base + "member/" + bob.id())), 204);
    general = expect(fixture.send(alice, http.get(guild.path() + "/channels")), 200).get(0);
    assertThat(general.path("overwrites")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "role/GUILD|{\"allow\":[\"fly\"]}|400|invalid_permissions",
        "role/GUILD|{\"deny\":[\"kick_members\"]}|400|invalid_permissions",
        "role/GUILD|{\"allow\":[\"speak\"],\"deny\":[\"speak\"]}|400|invalid_permissions",
        "role/GUILD|{\"allow\":\"speak\"}|400|invalid_json",
        "role/GUILD|{\"allow\":[1]}|400|invalid_json",
        "role/424242|{}|404|not_found",
        "member/424242|{}|404|not_found",
        "member/EVE|{}|404|not_found",
        "group/GUILD|{}|404|not_found",
        "role/abc|{}|404|not_found"
      })
  void badOverwritesAreRefusedAndNothingChanges(
      String target, String body, int status, String code) {
    Person eve = fixture.person("eve");
    String path =
        "/api/v1/channels/"
            + guild.general()
            + "/overwrites/"
            + target.replace("GUILD", guild.id().toString()).replace("EVE", eve.id());
    Object before = fixture.app.state();
    expectError(fixture.send(alice, http.put(path).json(body)), status, code);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void idsFromAnotherServerAreRefusedAndNothingChanges() {
    Guild other = fixture.guild(alice, "Elsewhere");
    String foreignCategory =
        expect(
                fixture.send(
                    alice,
                    http.post(other.path() + "/channels")
                        .json("{\"type\":\"category\",\"name\":\"Theirs\"}")),
                201)
            .path("id")
            .asText();
    Role foreignRole = fixture.app.createRole(alice.caller(), other.id(), "Theirs");
    Object before = fixture.app.state();

    expectError(
        fixture.send(
            alice,
            http.post(guild.path() + "/channels")
                .json(
                    "{\"type\":\"text\",\"name\":\"x\",\"parent_id\":\""
                        + foreignCategory
                        + "\"}")),
        400,
        "invalid_parent");
    expectError(
        update(alice, guild.general().toString(), "{\"parent_id\":\"" + foreignCategory + "\"}"),
        400,
        "invalid_parent");
    expectError(
        fixture.send(
            alice,
            http.patch(guild.path() + "/channels")
                .json("[{\"id\":\"" + other.general() + "\",\"position\":1}]")),
        404,
        "not_found");
    expectError(
        fixture.send(
            alice,
            http.put("/api/v1/channels/" + guild.general() + "/overwrites/role/" + foreignRole.id())
                .json("{}")),
        404,
        "not_found");
    expectError(
        fixture.send(
            alice, http.put(guild.path() + "/members/" + bob.id() + "/roles/" + foreignRole.id())),
        404,
        "not_found");
    expectError(
        fixture.send(
            alice,
            http.post(guild.path() + "/invites")
                .json("{\"channel_id\":\"" + other.general() + "\"}")),
        404,
        "not_found");
    expectError(
        fixture.send(
            alice, http.patch(other.path() + "/roles/" + guild.id()).json("{\"colour\":1}")),
        404,
        "not_found");
    expectError(update(bob, other.general().toString(), "{\"name\":\"x\"}"), 404, "not_found");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void overwritesNeedManageRolesAndOnlyWhatOneHolds() {
    String path = "/api/v1/channels/" + guild.general() + "/overwrites/role/" + guild.id();
    expectError(
        fixture.send(bob, http.put(path).json("{\"deny\":[\"send_messages\"]}")),
        403,
        "missing_permission");
    var managers =
        fixture.app.createRole(alice.caller(), guild.id(), "Managers", Permission.MANAGE_ROLES);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), managers.id());
    expect(fixture.send(bob, http.put(path).json("{\"deny\":[\"send_messages\"]}")), 204);
    expectError(
        fixture.send(bob, http.put(path).json("{\"allow\":[\"manage_messages\"]}")),
        403,
        "missing_permission");
  }
}
