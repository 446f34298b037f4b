package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static chat.decentra.adapter.undertow.GuildFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
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

/** Roles: listing, creating, changing and deleting them, within the hierarchy. */
class RolesIT {

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
    return expect(fixture.send(alice, http.post(guild.path() + "/roles").json(body)), 201);
  }

  private static List<String> texts(JsonNode array) {
    var texts = new ArrayList<String>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void everyMemberSeesTheRolesFromTheLowest() {
    create("{\"name\":\"Mods\"}");
    JsonNode roles = expect(fixture.send(bob, http.get(guild.path() + "/roles")), 200);
    assertThat(roles).hasSize(2);
    assertThat(roles.get(0).path("name").asText()).isEqualTo("@everyone");
    assertThat(roles.get(1).path("name").asText()).isEqualTo("Mods");
    expectError(
        fixture.send(fixture.person("eve"), http.get(guild.path() + "/roles")), 404, "not_found");
  }

  @Test
  void aRoleIsCreatedWithItsColourPermissionsAndHoistAtTheBottom() {
    create("{\"name\":\"Older\"}");
    JsonNode role =
        create(
            "{\"name\":\" Mods \",\"colour\":5793266,"
                + "\"permissions\":[\"kick_members\",\"manage_messages\",\"kick_members\"],"
                + "\"hoist\":true}");
    assertThat(role.path("id").isTextual()).isTrue();
    assertThat(role.path("name").asText()).isEqualTo("Mods");
    assertThat(role.path("colour").asInt()).isEqualTo(0x5865F2);
    assertThat(role.path("position").asInt()).isEqualTo(1);
    assertThat(texts(role.path("permissions"))).containsExactly("kick_members", "manage_messages");
    assertThat(role.path("hoist").asBoolean()).isTrue();
    assertThat(role.path("everyone").asBoolean()).isFalse();

    JsonNode plain = create("{\"name\":\"Plain\"}");
    assertThat(plain.path("colour").asInt()).isZero();
    assertThat(plain.path("permissions")).isEmpty();
    assertThat(plain.path("hoist").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"name\":\"\"}|invalid_name",
        "{\"name\":\"@everyone\"}|invalid_name",
        "{\"name\":\"@here\"}|invalid_name",
        "{\"name\":\"x\",\"colour\":16777216}|invalid_colour",
        "{\"name\":\"x\",\"colour\":-1}|invalid_colour",
        "{\"name\":\"x\",\"colour\":99999999999999}|invalid_colour",
        "{\"name\":\"x\",\"colour\":\"red\"}|invalid_json",
        "{\"name\":\"x\",\"permissions\":[\"fly\"]}|invalid_permissions",
        "{\"name\":\"x\",\"permissions\":[\"KICK_MEMBERS\"]}|invalid_permissions",
        "{\"name\":\"x\",\"permissions\":\"kick_members\"}|invalid_json",
        "{\"name\":\"x\",\"hoist\":\"yes\"}|invalid_json",
        "{}|invalid_json"
      })
  void badRolesAreRefusedAndNothingChanges(String body, String code) {
    Object before = fixture.app.state();
    expectError(fixture.send(alice, http.post(guild.path() + "/roles").json(body)), 400, code);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void nobodyGrantsWhatTheyDoNotHold() {
    Role managers =
        fixture.app.createRole(alice.caller(), guild.id(), "Managers", Permission.MANAGE_ROLES);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), managers.id());
    Object before = fixture.app.state();
    expectError(
        fixture.send(
            bob,
            http.post(guild.path() + "/roles")
                .json("{\"name\":\"x\",\"permissions\":[\"administrator\"]}")),
        403,
        "missing_permission");
    assertThat(fixture.app.state()).isEqualTo(before);
    expect(
        fixture.send(
            bob,
            http.post(guild.path() + "/roles")
                .json("{\"name\":\"x\",\"permissions\":[\"manage_roles\"]}")),
        201);
  }

  @Test
  void creatingNeedsManageRolesAndStopsAtTheLimit() {
    expectError(
        fixture.send(bob, http.post(guild.path() + "/roles").json("{\"name\":\"x\"}")),
        403,
        "missing_permission");
    for (int i = 1; i < GuildLimits.ROLES_PER_GUILD; i++) {
      fixture.app.createRole(alice.caller(), guild.id(), "Role " + i);
    }
    expectError(
        fixture.send(alice, http.post(guild.path() + "/roles").json("{\"name\":\"x\"}")),
        400,
        "too_many_roles");
  }

  @Test
  void aRoleChangesNameColourPermissionsHoistAndRank() {
    String low = create("{\"name\":\"Low\"}").path("id").asText();
    create("{\"name\":\"Lower\"}");
    JsonNode changed =
        expect(
            fixture.send(
                alice,
                http.patch(guild.path() + "/roles/" + low)
                    .json(
                        "{\"name\":\"High\",\"colour\":255,\"permissions\":[\"speak\"],"
                            + "\"hoist\":true,\"position\":2}")),
            200);
    assertThat(changed.path("name").asText()).isEqualTo("High");
    assertThat(changed.path("colour").asInt()).isEqualTo(255);
    assertThat(texts(changed.path("permissions"))).containsExactly("speak");
    assertThat(changed.path("hoist").asBoolean()).isTrue();
    assertThat(changed.path("position").asInt()).isEqualTo(2);

    JsonNode everyone =
        expect(
            fixture.send(
                alice,
                http.patch(guild.path() + "/roles/" + guild.id())
                    .json("{\"permissions\":[\"view_channel\"]}")),
            200);
    assertThat(texts(everyone.path("permissions"))).containsExactly("view_channel");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ROLE|{\"name\":null}|400|invalid_name",
        "ROLE|{\"colour\":null}|400|invalid_colour",
        "ROLE|{\"permissions\":null}|400|invalid_permissions",
        "ROLE|{\"position\":null}|400|invalid_position",
        "ROLE|{\"position\":0}|400|invalid_position",
        "ROLE|{\"hoist\":null}|400|invalid_json",
        "ROLE|{\"colour\":16777216}|400|invalid_colour",
        "ROLE|{\"permissions\":[\"nope\"]}|400|invalid_permissions",
        "EVERYONE|{\"name\":\"Everybody\"}|400|invalid_name",
        "EVERYONE|{\"position\":3}|400|invalid_position",
        "424242|{\"name\":\"x\"}|404|not_found",
        "x|{\"name\":\"x\"}|404|not_found"
      })
  void badChangesAreRefusedAndNothingChanges(String role, String body, int status, String code) {
    String id =
        role.replace("ROLE", create("{\"name\":\"Mods\"}").path("id").asText())
            .replace("EVERYONE", guild.id().toString());
    Object before = fixture.app.state();
    expectError(
        fixture.send(alice, http.patch(guild.path() + "/roles/" + id).json(body)), status, code);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void rolesAtOrAboveOnesOwnAreOutOfReach() {
    Role managers =
        fixture.app.createRole(alice.caller(), guild.id(), "Managers", Permission.MANAGE_ROLES);
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), managers.id());
    Role below = fixture.app.createRole(alice.caller(), guild.id(), "Below");
    String own = guild.path() + "/roles/" + managers.id();
    expectError(
        fixture.send(bob, http.patch(own).json("{\"name\":\"Mine\"}")), 403, "missing_permission");
    expectError(fixture.send(bob, http.delete(own)), 403, "missing_permission");
    expect(
        fixture.send(
            bob, http.patch(guild.path() + "/roles/" + below.id()).json("{\"name\":\"B\"}")),
        200);
  }

  @Test
  void deletingARoleTakesItFromEveryone() {
    Role mods = fixture.app.createRole(alice.caller(), guild.id(), "Mods");
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), mods.id());
    expect(fixture.send(alice, http.delete(guild.path() + "/roles/" + mods.id())), 204);
    JsonNode members = expect(fixture.send(alice, http.get(guild.path() + "/members")), 200);
    assertThat(members.get(1).path("roles")).isEmpty();
    expectError(
        fixture.send(alice, http.delete(guild.path() + "/roles/" + mods.id())), 404, "not_found");
    expectError(
        fixture.send(alice, http.delete(guild.path() + "/roles/" + guild.id())), 404, "not_found");
    expectError(
        fixture.send(bob, http.delete(guild.path() + "/roles/424242")), 403, "missing_permission");
  }
}
