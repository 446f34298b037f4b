package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static chat.decentra.adapter.undertow.GuildFixture.expectError;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Members of a server: the list, nicknames, roles, kicks and bans. */
class MembersIT {

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;
  private final Person alice = fixture.person("alice");
  private final Guild guild = fixture.guild(alice, "Den");
  private final Person bob = fixture.member(guild, "bob");

  @AfterEach
  void stop() {
    fixture.close();
  }

  private String member(Person person) {
    return guild.path() + "/members/" + person.id();
  }

  private void grant(Person person, Permission... permissions) {
    Role role = fixture.app.createRole(alice.caller(), guild.id(), "Granted", permissions);
    fixture.app.assign(alice.caller(), guild.id(), person.caller().user().id(), role.id());
  }

  private List<String> memberIds() {
    var ids = new ArrayList<String>();
    expect(fixture.send(alice, http.get(guild.path() + "/members")), 200)
        .forEach(m -> ids.add(m.path("user").path("id").asText()));
    return ids;
  }

  @Test
  void membersAreListedWithTheirRolesNicknamesAndJoinDates() {
    Role mods = fixture.app.createRole(alice.caller(), guild.id(), "Mods");
    fixture.app.assign(alice.caller(), guild.id(), bob.caller().user().id(), mods.id());
    JsonNode members = expect(fixture.send(bob, http.get(guild.path() + "/members")), 200);
    assertThat(members).hasSize(2);
    JsonNode second = members.get(1);
    assertThat(second.path("user").path("id").asText()).isEqualTo(bob.id());
    assertThat(second.path("user").has("admin")).isFalse();
    assertThat(second.path("nick").isNull()).isTrue();
    assertThat(second.path("roles").get(0).asText()).isEqualTo(mods.id().toString());
    assertThat(second.path("joined_at").asText()).endsWith("Z");
    expectError(
        fixture.send(fixture.person("eve"), http.get(guild.path() + "/members")), 404, "not_found");
  }

  @Test
  void membersChangeTheirOwnNicknameAndClearIt() {
    JsonNode named =
        expect(fixture.send(bob, http.patch(member(bob)).json("{\"nick\":\"  Bobby \"}")), 200);
    assertThat(named.path("nick").asText()).isEqualTo("Bobby");
    assertThat(named.path("user").path("id").asText()).isEqualTo(bob.id());
    JsonNode cleared =
        expect(fixture.send(bob, http.patch(member(bob)).json("{\"nick\":null}")), 200);
    assertThat(cleared.path("nick").isNull()).isTrue();
  }

  @Test
  void anotherMembersNicknameNeedsManageNicknames() {
    Person carol = fixture.member(guild, "carol");
    expectError(
        fixture.send(bob, http.patch(member(carol)).json("{\"nick\":\"Caz\"}")),
        403,
        "missing_permission");
    grant(bob, Permission.MANAGE_NICKNAMES);
    JsonNode named =
        expect(fixture.send(bob, http.patch(member(carol)).json("{\"nick\":\"Caz\"}")), 200);
    assertThat(named.path("nick").asText()).isEqualTo("Caz");
    assertThat(named.path("user").path("id").asText()).isEqualTo(carol.id());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"nick\":\"0123456789012345678901234567890123\"}|400|invalid_nickname",
        "{\"nick\":\"a\\u0001\"}|400|invalid_nickname",
        "{}|400|invalid_json",
        "{\"nick\":5}|400|invalid_json"
      })
  void badNicknamesAreRefusedAndNothingChanges(String testCase) {
    String[] parts = testCase.split("\\|");
    Object before = fixture.app.state();
    expectError(
        fixture.send(bob, http.patch(member(bob)).json(parts[0])),
        Integer.parseInt(parts[1]),
        parts[2]);
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void nicknamesOfUnknownMembersAreNotFound() {
    expectError(
        fixture.send(alice, http.patch(guild.path() + "/members/424242").json("{\"nick\":\"x\"}")),
        404,
        "not_found");
    expectError(
        fixture.send(alice, http.patch(guild.path() + "/members/me").json("{\"nick\":\"x\"}")),
        404,
        "not_found");
  }

  @Test
  void kickingRemovesTheMemberAndRecordsTheReason() {
    expect(fixture.send(alice, http.delete(member(bob)).json("{\"reason\":\"rude\"}")), 204);
    assertThat(memberIds()).containsExactly(alice.id());
    JsonNode log = expect(fixture.send(alice, http.get(guild.path() + "/audit-log")), 200);
    assertThat(log.get(0).path("action").asText()).isEqualTo("member_kick");
    assertThat(log.get(0).path("reason").asText()).isEqualTo("rude");
    expectError(fixture.send(alice, http.delete(member(bob))), 404, "not_found");
    expectError(fixture.send(bob, http.get(guild.path())), 404, "not_found");
  }

  @Test
  void kickingNeedsThePermissionAndARankAboveTheMember() {
    Person carol = fixture.member(guild, "carol");
    expectError(fixture.send(bob, http.delete(member(carol))), 403, "missing_permission");
    grant(bob, Permission.KICK_MEMBERS);
    expectError(fixture.send(bob, http.delete(member(alice))), 403, "missing_permission");
    Object before = fixture.app.state();
    expectError(
        fixture.send(
            bob, http.delete(member(carol)).json("{\"reason\":\"" + "r".repeat(513) + "\"}")),
        400,
        "invalid_reason");
    expectError(
        fixture.send(bob, http.delete(member(carol)).json("{\"reason\":3}")), 400, "invalid_json");
    assertThat(fixture.app.state()).isEqualTo(before);
    expect(fixture.send(bob, http.delete(member(carol))), 204);
  }

  @Test
  void rolesAreGivenAndTakenByThoseAboveThem() {
    Role mods = fixture.app.createRole(alice.caller(), guild.id(), "Mods");
    String path = member(bob) + "/roles/" + mods.id();
    expect(fixture.send(alice, http.put(path)), 204);
    JsonNode members = expect(fixture.send(alice, http.get(guild.path() + "/members")), 200);
    assertThat(members.get(1).path("roles").get(0).asText()).isEqualTo(mods.id().toString());
    expect(fixture.send(alice, http.delete(path)), 204);
    members = expect(fixture.send(alice, http.get(guild.path() + "/members")), 200);
    assertThat(members.get(1).path("roles")).isEmpty();

    grant(bob, Permission.MANAGE_ROLES);
    Role high = fixture.app.createRole(alice.caller(), guild.id(), "High");
    fixture.app.moveRole(alice.caller(), guild.id(), high.id(), 3);
    expectError(
        fixture.send(bob, http.put(member(bob) + "/roles/" + high.id())),
        403,
        "missing_permission");
  }

  @Test
  void unknownRolesMembersAndEveryoneAreNotFound() {
    Object before = fixture.app.state();
    expectError(
        fixture.send(alice, http.put(member(bob) + "/roles/" + guild.id())), 404, "not_found");
    expectError(fixture.send(alice, http.put(member(bob) + "/roles/424242")), 404, "not_found");
    expectError(
        fixture.send(alice, http.put(guild.path() + "/members/424242/roles/" + guild.id())),
        404,
        "not_found");
    expectError(fixture.send(alice, http.put(member(bob) + "/roles/x")), 404, "not_found");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void aBanRemovesTheMemberKeepsTheReasonAndCanBeLifted() {
    expect(
        fixture.send(
            alice, http.put(guild.path() + "/bans/" + bob.id()).json("{\"reason\":\"spam\"}")),
        204);
    assertThat(memberIds()).containsExactly(alice.id());
    JsonNode bans = expect(fixture.send(alice, http.get(guild.path() + "/bans")), 200);
    assertThat(bans).hasSize(1);
    assertThat(bans.get(0).path("user").path("id").asText()).isEqualTo(bob.id());
    assertThat(bans.get(0).path("user").path("username").asText()).startsWith("bob");
    assertThat(bans.get(0).path("reason").asText()).isEqualTo("spam");
    assertThat(bans.get(0).path("banned_by").asText()).isEqualTo(alice.id());
    assertThat(bans.get(0).path("created_at").asText()).endsWith("Z");

    expect(fixture.send(alice, http.delete(guild.path() + "/bans/" + bob.id())), 204);
    expectError(
        fixture.send(alice, http.delete(guild.path() + "/bans/" + bob.id())), 409, "not_banned");
    assertThat(expect(fixture.send(alice, http.get(guild.path() + "/bans")), 200)).isEmpty();
  }

  @Test
  void usersWhoAreNotMembersCanBeBannedAheadUnknownOnesCannot() {
    Person eve = fixture.person("eve");
    expect(fixture.send(alice, http.put(guild.path() + "/bans/" + eve.id())), 204);
    expectError(
        fixture.send(
            eve,
            http.post(
                "/api/v1/invites/" + fixture.app.invite(alice.caller(), guild.id()) + "/accept")),
        403,
        "banned");
    expectError(fixture.send(alice, http.put(guild.path() + "/bans/424242")), 404, "not_found");
    expectError(fixture.send(alice, http.put(guild.path() + "/bans/eve")), 404, "not_found");
  }

  @Test
  void banningNeedsThePermissionARankAboveAndAShortReason() {
    Person carol = fixture.member(guild, "carol");
    expectError(
        fixture.send(bob, http.put(guild.path() + "/bans/" + carol.id())),
        403,
        "missing_permission");
    expectError(fixture.send(bob, http.get(guild.path() + "/bans")), 403, "missing_permission");
    grant(bob, Permission.BAN_MEMBERS);
    expectError(
        fixture.send(bob, http.put(guild.path() + "/bans/" + alice.id())),
        403,
        "missing_permission");
    Object before = fixture.app.state();
    expectError(
        fixture.send(
            bob,
            http.put(guild.path() + "/bans/" + carol.id())
                .json("{\"reason\":\"" + "r".repeat(513) + "\"}")),
        400,
        "invalid_reason");
    assertThat(fixture.app.state()).isEqualTo(before);
    expect(fixture.send(bob, http.put(guild.path() + "/bans/" + carol.id())), 204);
    expect(fixture.send(bob, http.get(guild.path() + "/bans")), 200);
  }
}
