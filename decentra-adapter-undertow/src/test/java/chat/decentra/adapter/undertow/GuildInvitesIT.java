package chat.decentra.adapter.undertow;

import static chat.decentra.adapter.undertow.GuildFixture.expect;
import static chat.decentra.adapter.undertow.GuildFixture.expectError;
import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GuildFixture.Guild;
import chat.decentra.adapter.undertow.GuildFixture.Person;
import chat.decentra.domain.guild.GuildLimits;
import chat.decentra.domain.permission.Permission;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invites to a server: making, listing, revoking, previewing and accepting them. */
class GuildInvitesIT {

  private static final String UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAA";

  private final GuildFixture fixture = new GuildFixture();
  private final Http http = fixture.http;
  private final Person alice = fixture.person("alice");
  private final Guild guild = fixture.guild(alice, "Den");

  @AfterEach
  void stop() {
    fixture.close();
  }

  private JsonNode invite(Person creator, String body) {
    return expect(fixture.send(creator, http.post(guild.path() + "/invites").json(body)), 201);
  }

  private Http.Answer accept(Person person, String code) {
    return fixture.send(person, http.post("/api/v1/invites/" + code + "/accept"));
  }

  @Test
  void anInviteCarriesItsLinkAndLimits() {
    JsonNode invite = invite(alice, "{\"max_uses\":5,\"max_age_seconds\":3600}");
    String code = invite.path("code").asText();
    assertThat(code).matches("[A-Za-z0-9_-]{22,}");
    assertThat(invite.path("url").asText()).isEqualTo(fixture.server.origin() + "/invite/" + code);
    assertThat(invite.path("guild_id").asText()).isEqualTo(guild.id().toString());
    assertThat(invite.path("channel_id").isNull()).isTrue();
    assertThat(invite.path("created_by").asText()).isEqualTo(alice.id());
    assertThat(invite.path("max_uses").asInt()).isEqualTo(5);
    assertThat(invite.path("uses").asInt()).isZero();
    assertThat(invite.path("expires_at").asText()).endsWith("Z");
    assertThat(invite.path("revoked").asBoolean()).isFalse();

    JsonNode unlimited = expect(fixture.send(alice, http.post(guild.path() + "/invites")), 201);
    assertThat(unlimited.path("max_uses").isNull()).isTrue();
    assertThat(unlimited.path("expires_at").isNull()).isTrue();

    JsonNode toChannel = invite(alice, "{\"channel_id\":\"" + guild.general() + "\"}");
    assertThat(toChannel.path("channel_id").asText()).isEqualTo(guild.general().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"max_uses\":0}",
        "{\"max_uses\":10001}",
        "{\"max_age_seconds\":59}",
        "{\"max_age_seconds\":2592001}"
      })
  void limitsOutOfRangeAreRefused(String body) {
    Object before = fixture.app.state();
    expectError(
        fixture.send(alice, http.post(guild.path() + "/invites").json(body)),
        400,
        "invalid_invite_options");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void invitesToUnknownChannelsOrWithoutThePermissionAreRefused() {
    Object before = fixture.app.state();
    expectError(
        fixture.send(
            alice, http.post(guild.path() + "/invites").json("{\"channel_id\":\"424242\"}")),
        404,
        "not_found");
    expectError(
        fixture.send(alice, http.post(guild.path() + "/invites").json("{\"channel_id\":\"x\"}")),
        400,
        "invalid_json");
    expectError(
        fixture.send(alice, http.post(guild.path() + "/invites").json("{\"max_uses\":\"5\"}")),
        400,
        "invalid_json");
    Person bob = fixture.member(guild, "bob");
    fixture.app.everyoneMay(alice.caller(), guild.id(), Permission.VIEW_CHANNEL);
    before = fixture.app.state();
    expectError(fixture.send(bob, http.post(guild.path() + "/invites")), 403, "missing_permission");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void theListShowsUseCountsToThoseWhoManageTheServer() {
    String code = invite(alice, "{}").path("code").asText();
    Person bob = fixture.person("bob");
    expect(accept(bob, code), 200);

    JsonNode invites = expect(fixture.send(alice, http.get(guild.path() + "/invites")), 200);
    assertThat(invites).hasSize(1);
    assertThat(invites.get(0).path("uses").asInt()).isEqualTo(1);
    expectError(fixture.send(bob, http.get(guild.path() + "/invites")), 403, "missing_permission");
  }

  @Test
  void aRevokedInviteCanNoLongerBeUsed() {
    String code = invite(alice, "{}").path("code").asText();
    expect(fixture.send(alice, http.delete(guild.path() + "/invites/" + code)), 204);
    JsonNode invites = expect(fixture.send(alice, http.get(guild.path() + "/invites")), 200);
    assertThat(invites.get(0).path("revoked").asBoolean()).isTrue();
    expectError(http.get("/api/v1/invites/" + code).send(), 410, "invite_revoked");
    expectError(accept(fixture.person("bob"), code), 410, "invite_revoked");
    expectError(
        fixture.send(alice, http.delete(guild.path() + "/invites/" + UNKNOWN)), 404, "not_found");
  }

  @Test
  void theCreatorMayRevokeTheirOwnInviteOthersNeedManageGuild() {
    Person bob = fixture.member(guild, "bob");
    Person carol = fixture.member(guild, "carol");
    String bobs = invite(bob, "{}").path("code").asText();
    expectError(
        fixture.send(carol, http.delete(guild.path() + "/invites/" + bobs)),
        403,
        "missing_permission");
    expect(fixture.send(bob, http.delete(guild.path() + "/invites/" + bobs)), 204);
  }

  @Test
  void anyoneWithTheCodeSeesWhatItLeadsTo() {
    fixture.send(
        alice,
        http.put(guild.path() + "/icon").header("Content-Type", "image/png").body(Images.png()));
    String code =
        invite(alice, "{\"channel_id\":\"" + guild.general() + "\"}").path("code").asText();
    JsonNode preview = expect(http.get("/api/v1/invites/" + code).send(), 200);
    assertThat(preview.path("code").asText()).isEqualTo(code);
    assertThat(preview.path("guild").path("id").asText()).isEqualTo(guild.id().toString());
    assertThat(preview.path("guild").path("name").asText()).isEqualTo("Den");
    assertThat(preview.path("guild").path("icon_url").asText()).contains("/icon?v=");
    assertThat(preview.path("member_count").asInt()).isEqualTo(1);
    assertThat(preview.path("channel").path("id").asText()).isEqualTo(guild.general().toString());
    assertThat(preview.path("channel").path("name").asText()).isEqualTo("general");
    assertThat(preview.path("expires_at").isNull()).isTrue();
    assertThat(preview.has("created_by")).isFalse();
  }

  @Test
  void unknownExpiredAndUsedUpCodesHaveTheirOwnErrors() {
    expectError(http.get("/api/v1/invites/" + UNKNOWN).send(), 404, "invite_unknown");
    expectError(http.get("/api/v1/invites/short").send(), 404, "invite_unknown");
    String once = invite(alice, "{\"max_uses\":1}").path("code").asText();
    expect(accept(fixture.person("bob"), once), 200);
    expectError(http.get("/api/v1/invites/" + once).send(), 410, "invite_used_up");
    expectError(accept(fixture.person("carol"), once), 410, "invite_used_up");

    String brief = invite(alice, "{\"max_age_seconds\":60}").path("code").asText();
    fixture.app.clock.advance(Duration.ofSeconds(61));
    expectError(http.get("/api/v1/invites/" + brief).send(), 410, "invite_expired");
    expectError(accept(fixture.person("dave"), brief), 410, "invite_expired");
  }

  @Test
  void acceptingJoinsOnceAndAnswersTheServerAsTheNewcomerSeesIt() {
    String code = invite(alice, "{}").path("code").asText();
    Person bob = fixture.person("bob");
    JsonNode view = expect(accept(bob, code), 200);
    assertThat(view.path("guild").path("id").asText()).isEqualTo(guild.id().toString());
    assertThat(view.path("me").path("user").path("id").asText()).isEqualTo(bob.id());
    assertThat(view.path("member_count").asInt()).isEqualTo(2);

    JsonNode again = expect(accept(bob, code), 200);
    assertThat(again.path("guild").path("id").asText()).isEqualTo(guild.id().toString());
    JsonNode invites = expect(fixture.send(alice, http.get(guild.path() + "/invites")), 200);
    assertThat(invites.get(0).path("uses").asInt()).isEqualTo(1);
    expectError(http.post("/api/v1/invites/" + code + "/accept").send(), 401, "unauthorized");
  }

  @Test
  void aBannedUserCannotRejoinThroughAnyInvite() {
    Person bob = fixture.member(guild, "bob");
    fixture.app.ban(alice.caller(), guild.id(), bob.caller().user().id());
    String code = invite(alice, "{}").path("code").asText();
    Object before = fixture.app.state();
    expectError(accept(bob, code), 403, "banned");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void someoneInAsManyServersAsAllowedCannotJoinAnother() {
    Person bob = fixture.person("bob");
    for (int i = 0; i < GuildLimits.GUILDS_PER_USER; i++) {
      fixture.guild(bob, "Bob's " + i);
    }
    String code = invite(alice, "{}").path("code").asText();
    Object before = fixture.app.state();
    expectError(accept(bob, code), 400, "too_many_guilds");
    assertThat(fixture.app.state()).isEqualTo(before);
  }

  @Test
  void guessingCodesIsThrottled() {
    String code = invite(alice, "{}").path("code").asText();
    Person bob = fixture.person("bob");
    for (int i = 0; i < 30; i++) {
      String guess = String.format("%022d", i);
      expectError(
          i % 2 == 0 ? http.get("/api/v1/invites/" + guess).send() : accept(bob, guess),
          404,
          "invite_unknown");
    }
    Http.Answer throttled = http.get("/api/v1/invites/" + code).send();
    expectError(throttled, 429, "rate_limited");
    assertThat(throttled.header("Retry-After").map(Integer::parseInt).orElseThrow()).isPositive();
    expectError(accept(bob, code), 429, "rate_limited");
  }

  @Test
  void theInstanceInviteRouteBesideThePreviewStillRevokes() {
    var answer = fixture.send(alice, http.delete("/api/v1/invites/" + UNKNOWN));
    expectError(answer, 404, "not_found");
    var wrongMethod = fixture.send(alice, http.put("/api/v1/invites/" + UNKNOWN));
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).contains("GET, DELETE");
  }
}
