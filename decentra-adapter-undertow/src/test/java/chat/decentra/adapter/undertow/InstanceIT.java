package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.Accounts.Account;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceIT {

  private TestServer server = TestServer.start();
  private Http http = server.http();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anyoneMayReadTheInstanceFacts() {
    var answer = http.get("/api/v1/instance").send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text())
        .isEqualTo(
            "{\"registration\":\"invite\",\"needs_first_user\":true,\"members_can_invite\":false,"
                + "\"guild_invites_allow_sign_up\":true}");
    Accounts.first(http, "alice");
    assertThat(http.get("/api/v1/instance").send().json().path("needs_first_user").asBoolean())
        .isFalse();
  }

  @Test
  void onlyTheAdminChangesSettings() {
    Account alice = Accounts.first(http, "alice");
    Account bob = Accounts.invited(http, alice, "bob");
    var refused =
        http.patch("/api/v1/instance")
            .bearer(bob.token())
            .json("{\"members_can_invite\":true}")
            .send();
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.errorCode()).isEqualTo("forbidden");

    var changed =
        http.patch("/api/v1/instance")
            .bearer(alice.token())
            .json("{\"members_can_invite\":true}")
            .send();
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("members_can_invite").asBoolean()).isTrue();
    assertThat(http.post("/api/v1/invites").bearer(bob.token()).send().status()).isEqualTo(201);
  }

  @Test
  void adminKeepsSignUpToInstanceInvites() {
    Account alice = Accounts.first(http, "alice");
    var changed =
        http.patch("/api/v1/instance")
            .bearer(alice.token())
            .json("{\"guild_invites_allow_sign_up\":false}")
            .send();
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("guild_invites_allow_sign_up").asBoolean()).isFalse();
    assertThat(changed.json().path("members_can_invite").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"members_can_invite\":\"true\"}",
        "{\"members_can_invite\":1}",
        "{\"guild_invites_allow_sign_up\":\"no\"}"
      })
  void settingsMustBeBooleans(String body) {
    Account alice = Accounts.first(http, "alice");
    var answer = http.patch("/api/v1/instance").bearer(alice.token()).json(body).send();
    assertThat(answer.errorCode()).isEqualTo("invalid_json");
    assertThat(http.get("/api/v1/instance").send().json().path("members_can_invite").asBoolean())
        .isFalse();
  }

  @Test
  void membersMayNotInviteUnlessAllowed() {
    Account alice = Accounts.first(http, "alice");
    Account bob = Accounts.invited(http, alice, "bob");
    var answer = http.post("/api/v1/invites").bearer(bob.token()).send();
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.errorCode()).isEqualTo("forbidden");
  }

  @Test
  void invitesAreCreatedListedAndRevoked() {
    Account alice = Accounts.first(http, "alice");
    var created =
        http.post("/api/v1/invites")
            .bearer(alice.token())
            .json("{\"max_uses\":5,\"max_age_seconds\":3600}")
            .send();
    assertThat(created.status()).isEqualTo(201);
    var invite = created.json();
    String code = invite.path("code").asText();
    assertThat(code).hasSize(22);
    assertThat(invite.path("url").asText()).isEqualTo(server.origin() + "/invite/" + code);
    assertThat(invite.path("created_by").asText()).isEqualTo(alice.id());
    assertThat(invite.path("max_uses").asInt()).isEqualTo(5);
    assertThat(invite.path("uses").asInt()).isZero();
    assertThat(invite.path("expires_at").asText()).isEqualTo("2026-11-28T13:00:00Z");
    assertThat(invite.path("revoked").asBoolean()).isFalse();

    var list = http.get("/api/v1/invites").bearer(alice.token()).send().json();
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).path("code").asText()).isEqualTo(code);

    assertThat(http.delete("/api/v1/invites/" + code).bearer(alice.token()).send().status())
        .isEqualTo(204);
    assertThat(
            http.get("/api/v1/invites")
                .bearer(alice.token())
                .send()
                .json()
                .get(0)
                .path("revoked")
                .asBoolean())
        .isTrue();
  }

  @Test
  void inviteLinksUseThePublicUrlWhenSet() throws InterruptedException {
    server.close();
    server =
        TestServer.start(
            TestServer.testSettings().withPublicUrl(URI.create("https://chat.example.org/")));
    http = server.http();
    Account alice = Accounts.first(http, "alice");
    var invite = http.post("/api/v1/invites").bearer(alice.token()).send().json();
    assertThat(invite.path("url").asText())
        .isEqualTo("https://chat.example.org/invite/" + invite.path("code").asText());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"max_uses\":0}",
        "{\"max_uses\":10001}",
        "{\"max_uses\":99999999999999999999999}",
        "{\"max_age_seconds\":59}",
        "{\"max_age_seconds\":2592001}"
      })
  void limitsOutOfRangeAreRefused(String body) {
    Account alice = Accounts.first(http, "alice");
    var answer = http.post("/api/v1/invites").bearer(alice.token()).json(body).send();
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("invalid_invite_options");
    assertThat(http.get("/api/v1/invites").bearer(alice.token()).send().json().size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"max_uses\":\"5\"}", "{\"max_uses\":2.5}", "[5]"})
  void limitsOfTheWrongTypeAreInvalidJson(String body) {
    Account alice = Accounts.first(http, "alice");
    assertThat(http.post("/api/v1/invites").bearer(alice.token()).json(body).send().errorCode())
        .isEqualTo("invalid_json");
  }

  @Test
  void unlimitedInvitesHaveNullLimits() {
    Account alice = Accounts.first(http, "alice");
    var invite =
        http.post("/api/v1/invites")
            .bearer(alice.token())
            .json("{\"max_uses\":null,\"max_age_seconds\":null}")
            .send()
            .json();
    assertThat(invite.path("max_uses").isNull()).isTrue();
    assertThat(invite.path("expires_at").isNull()).isTrue();
  }

  @Test
  void othersCannotRevokeAnInvite() {
    Account alice = Accounts.first(http, "alice");
    Account bob = Accounts.invited(http, alice, "bob");
    String code = Accounts.invite(http, alice);
    var answer = http.delete("/api/v1/invites/" + code).bearer(bob.token()).send();
    assertThat(answer.status()).isEqualTo(404);
    assertThat(
            http.get("/api/v1/invites")
                .bearer(alice.token())
                .send()
                .json()
                .get(0)
                .path("revoked")
                .asBoolean())
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AAAAAAAAAAAAAAAAAAAAAA", "short", "with%20space"})
  void unknownInvitesAreNotFound(String code) {
    Account alice = Accounts.first(http, "alice");
    assertThat(http.delete("/api/v1/invites/" + code).bearer(alice.token()).send().status())
        .isEqualTo(404);
  }

  @Test
  void invitesNeedASession() {
    assertThat(http.post("/api/v1/invites").send().status()).isEqualTo(401);
    assertThat(http.get("/api/v1/invites").send().status()).isEqualTo(401);
  }
}
