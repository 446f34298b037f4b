package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.Accounts.Account;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountsIT {

  private final TestServer server = TestServer.start();
  private final Http http = server.http();

  @AfterEach
  void stop() {
    server.close();
  }

  private Http.Answer login(String username, String password) {
    return http.post("/api/v1/auth/login")
        .json("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
        .send();
  }

  private Http.Answer signUp(String body) {
    return http.post("/api/v1/auth/signup").json(body).send();
  }

  @Nested
  class SignUp {

    @Test
    void theFirstAccountNeedsNoInviteAndBecomesAdmin() {
      var answer = signUp("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}");
      assertThat(answer.status()).isEqualTo(201);
      var user = answer.json().path("user");
      assertThat(user.path("username").asText()).isEqualTo("alice");
      assertThat(user.path("admin").asBoolean()).isTrue();
      assertThat(user.path("id").isTextual()).isTrue();
      assertThat(user.path("display_name").isNull()).isTrue();
      assertThat(user.path("avatar").isNull()).isTrue();
      assertThat(user.path("status").asText()).isEqualTo("online");
      String token = answer.json().path("token").asText();
      assertThat(token).hasSize(43);
      assertThat(answer.cookies())
          .containsExactly(
              "decentra_session=" + token + "; Path=/; Max-Age=2592000; HttpOnly; SameSite=Strict");
    }

    @Test
    void laterAccountsNeedAnInvite() {
      Accounts.first(http, "alice");
      var answer = signUp("{\"username\":\"bob\",\"password\":\"" + Accounts.PASSWORD + "\"}");
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.errorCode()).isEqualTo("invite_required");
      assertThat(answer.cookies()).isEmpty();
      assertThat(login("bob", Accounts.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void anInviteLetsSomeoneIn() {
      Account alice = Accounts.first(http, "alice");
      Account bob = Accounts.invited(http, alice, "bob");
      var me = http.get("/api/v1/users/@me").bearer(bob.token()).send().json();
      assertThat(me.path("admin").asBoolean()).isFalse();
    }

    @Test
    void unusableInvitesAreNamed() {
      Account alice = Accounts.first(http, "alice");
      String unknown = "A".repeat(22);
      assertThat(signUpWith("bob", unknown).errorCode()).isEqualTo("invite_unknown");

      String revoked = Accounts.invite(http, alice);
      http.delete("/api/v1/invites/" + revoked).bearer(alice.token()).send();
      assertThat(signUpWith("bob", revoked).errorCode()).isEqualTo("invite_revoked");

      var once = http.post("/api/v1/invites").bearer(alice.token()).json("{\"max_uses\":1}").send();
      String code = once.json().path("code").asText();
      assertThat(signUpWith("bob", code).status()).isEqualTo(201);
      var usedUp = signUpWith("carol", code);
      assertThat(usedUp.status()).isEqualTo(403);
      assertThat(usedUp.errorCode()).isEqualTo("invite_used_up");

      var short_ =
          http.post("/api/v1/invites")
              .bearer(alice.token())
              .json("{\"max_age_seconds\":60}")
              .send();
      server.app.clock.advance(Duration.ofMinutes(2));
      assertThat(signUpWith("dave", short_.json().path("code").asText()).errorCode())
          .isEqualTo("invite_expired");
    }

    private Http.Answer signUpWith(String username, String invite) {
      return signUp(
          "{\"username\":\""
              + username
              + "\",\"password\":\""
              + Accounts.PASSWORD
              + "\",\"invite\":\""
              + invite
              + "\"}");
    }

    @Test
    void usernamesAreUniqueWithoutRegardToCase() {
      Account alice = Accounts.first(http, "alice");
      String invite = Accounts.invite(http, alice);
      var answer =
          signUp(
              "{\"username\":\"ALICE\",\"password\":\""
                  + Accounts.PASSWORD
                  + "\",\"invite\":\""
                  + invite
                  + "\"}");
      assertThat(answer.status()).isEqualTo(409);
      assertThat(answer.errorCode()).isEqualTo("username_taken");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "thirty-three-characters-long-name", "has space", "émile", ""})
    void badUsernamesAreRefusedAndNothingIsCreated(String username) {
      var answer =
          signUp("{\"username\":\"" + username + "\",\"password\":\"" + Accounts.PASSWORD + "\"}");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("invalid_username");
      assertThat(http.get("/api/v1/instance").send().json().path("needs_first_user").asBoolean())
          .isTrue();
    }

    @Test
    void badPasswordsAreRefused() {
      assertThat(signUp("{\"username\":\"alice\",\"password\":\"short\"}").errorCode())
          .isEqualTo("invalid_password");
      assertThat(
              signUp("{\"username\":\"alice\",\"password\":\"" + "x".repeat(1025) + "\"}")
                  .errorCode())
          .isEqualTo("invalid_password");
      assertThat(http.get("/api/v1/instance").send().json().path("needs_first_user").asBoolean())
          .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"username\":\"alice\"}",
          "{\"password\":\"correct horse battery\"}",
          "{\"username\":5,\"password\":\"correct horse battery\"}",
          "{\"username\":\"alice\",\"password\":true}",
          "{\"username\":\"alice\",\"password\":\"correct horse battery\",\"invite\":7}",
          "[\"alice\"]",
          "{\"username\":\"alice\",",
          ""
        })
    void bodiesOfTheWrongShapeAreInvalidJson(String body) {
      var answer = signUp(body);
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("invalid_json");
      assertThat(http.get("/api/v1/instance").send().json().path("needs_first_user").asBoolean())
          .isTrue();
    }
  }

  @Nested
  class LogInAndOut {

    @Test
    void theRightPasswordGivesASession() {
      Accounts.first(http, "alice");
      var answer = login("Alice", Accounts.PASSWORD);
      assertThat(answer.status()).isEqualTo(200);
      String token = answer.json().path("token").asText();
      assertThat(answer.cookies())
          .singleElement()
          .asString()
          .startsWith("decentra_session=" + token + ";");
      assertThat(http.get("/api/v1/users/@me").bearer(token).send().status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() {
      Accounts.first(http, "alice");
      var wrong = login("alice", "wrong password!");
      var unknown = login("nobody", Accounts.PASSWORD);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.text()).isEqualTo(unknown.text());
      assertThat(wrong.errorCode()).isEqualTo("invalid_credentials");
      assertThat(wrong.cookies()).isEmpty();
    }

    @Test
    void logOutEndsTheSessionAndClearsTheCookie() {
      Account alice = Accounts.first(http, "alice");
      var answer =
          http.post("/api/v1/auth/logout")
              .cookie(alice.token())
              .header("Content-Type", "application/json")
              .send();
      assertThat(answer.status()).isEqualTo(204);
      assertThat(answer.cookies())
          .containsExactly("decentra_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
      assertThat(http.get("/api/v1/users/@me").cookie(alice.token()).send().status())
          .isEqualTo(401);
    }

    @Test
    void logOutNeedsASession() {
      assertThat(http.post("/api/v1/auth/logout").send().errorCode()).isEqualTo("unauthorized");
    }
  }

  @Nested
  class Me {

    @Test
    void cookieAndBearerBothWork() {
      Account alice = Accounts.first(http, "alice");
      var byCookie = http.get("/api/v1/users/@me").cookie(alice.token()).send();
      var byBearer = http.get("/api/v1/users/@me").bearer(alice.token()).send();
      assertThat(byCookie.status()).isEqualTo(200);
      assertThat(byCookie.json()).isEqualTo(byBearer.json());
      assertThat(byCookie.json().path("admin").asBoolean()).isTrue();
    }

    @Test
    void theCookieIsRenewedWhenTheClientStarts() {
      Account alice = Accounts.first(http, "alice");
      assertThat(http.get("/api/v1/users/@me").cookie(alice.token()).send().cookies())
          .singleElement()
          .asString()
          .startsWith("decentra_session=" + alice.token() + "; Path=/; Max-Age=2592000");
      assertThat(http.get("/api/v1/users/@me").bearer(alice.token()).send().cookies()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void withoutAValidSessionItIsUnauthorized(String token) {
      var answer =
          token.isEmpty()
              ? http.get("/api/v1/users/@me").send()
              : http.get("/api/v1/users/@me").bearer(token).send();
      assertThat(answer.status()).isEqualTo(401);
      assertThat(answer.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void aProfileCanBeChangedAndCleared() {
      Account alice = Accounts.first(http, "alice");
      var changed =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .json(
                  "{\"display_name\":\"Alice A.\",\"custom_status\":\"shipping things\","
                      + "\"status\":\"dnd\",\"avatar_emoji\":\"🦊\"}")
              .send();
      assertThat(changed.status()).isEqualTo(200);
      var user = changed.json();
      assertThat(user.path("display_name").asText()).isEqualTo("Alice A.");
      assertThat(user.path("custom_status").asText()).isEqualTo("shipping things");
      assertThat(user.path("status").asText()).isEqualTo("dnd");
      assertThat(user.path("avatar").path("type").asText()).isEqualTo("emoji");
      assertThat(user.path("avatar").path("emoji").asText()).isEqualTo("🦊");

      var cleared =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .json("{\"display_name\":null,\"avatar_emoji\":null}")
              .send()
              .json();
      assertThat(cleared.path("display_name").isNull()).isTrue();
      assertThat(cleared.path("avatar").isNull()).isTrue();
      assertThat(cleared.path("custom_status").asText()).isEqualTo("shipping things");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"display_name\":\"thirty-three-characters-long-name\"}|invalid_display_name",
          "{\"display_name\":\"bell\\u0007\"}|invalid_display_name",
          "{\"custom_status\":\"" + "x" + "\"}|ok",
          "{\"status\":\"busy\"}|invalid_status",
          "{\"status\":null}|invalid_status",
          "{\"avatar_emoji\":\"abc\"}|invalid_avatar_emoji",
          "{\"display_name\":5}|invalid_json",
          "{\"status\":[\"dnd\"]}|invalid_json",
          "[]|invalid_json"
        })
    void badProfileChangesAreRefusedAndChangeNothing(String bodyAndCode) {
      Account alice = Accounts.first(http, "alice");
      String[] parts = bodyAndCode.split("\\|");
      var answer = http.patch("/api/v1/users/@me").bearer(alice.token()).json(parts[0]).send();
      if (parts[1].equals("ok")) {
        assertThat(answer.status()).isEqualTo(200);
        return;
      }
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo(parts[1]);
      var me = http.get("/api/v1/users/@me").bearer(alice.token()).send().json();
      assertThat(me.path("display_name").isNull()).isTrue();
      assertThat(me.path("status").asText()).isEqualTo("online");
    }

    @Test
    void overlongCustomStatusIsRefused() {
      Account alice = Accounts.first(http, "alice");
      var answer =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .json("{\"custom_status\":\"" + "x".repeat(129) + "\"}")
              .send();
      assertThat(answer.errorCode()).isEqualTo("invalid_custom_status");
    }
  }

  @Nested
  class Others {

    @Test
    void othersAreSeenWithoutTheAdminFlag() {
      Account alice = Accounts.first(http, "alice");
      Account bob = Accounts.invited(http, alice, "bob");
      var answer = http.get("/api/v1/users/" + alice.id()).bearer(bob.token()).send();
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json().path("username").asText()).isEqualTo("alice");
      assertThat(answer.json().has("admin")).isFalse();
    }

    @Test
    void someoneInvisibleLooksOfflineToOthersButNotToThemself() {
      Account alice = Accounts.first(http, "alice");
      Account bob = Accounts.invited(http, alice, "bob");
      var patched =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .json("{\"status\":\"invisible\"}")
              .send();
      assertThat(patched.json().path("status").asText()).isEqualTo("invisible");

      var seen = http.get("/api/v1/users/" + alice.id()).bearer(bob.token()).send();
      assertThat(seen.json().path("status").asText()).isEqualTo("offline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"999999", "abc", "-1", "0", "99999999999999999999", "@you"})
    void unknownOrMalformedIdsAreNotFound(String id) {
      Account alice = Accounts.first(http, "alice");
      var answer = http.get("/api/v1/users/" + id).bearer(alice.token()).send();
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.errorCode()).isEqualTo("not_found");
    }

    @Test
    void lookingUpUsersNeedsASession() {
      Account alice = Accounts.first(http, "alice");
      assertThat(http.get("/api/v1/users/" + alice.id()).send().status()).isEqualTo(401);
    }
  }

  @Nested
  class PasswordAndSessions {

    @Test
    void changingThePasswordSignsOutEveryOtherSession() {
      Account alice = Accounts.first(http, "alice");
      String other = login("alice", Accounts.PASSWORD).json().path("token").asText();
      var answer =
          http.post("/api/v1/users/@me/password")
              .bearer(alice.token())
              .json(
                  "{\"old_password\":\""
                      + Accounts.PASSWORD
                      + "\",\"new_password\":\"new password 123\"}")
              .send();
      assertThat(answer.status()).isEqualTo(204);
      assertThat(http.get("/api/v1/users/@me").bearer(alice.token()).send().status())
          .isEqualTo(200);
      assertThat(http.get("/api/v1/users/@me").bearer(other).send().status()).isEqualTo(401);
      assertThat(login("alice", "new password 123").status()).isEqualTo(200);
      assertThat(login("alice", Accounts.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aWrongOldPasswordOrABadNewOneChangesNothing() {
      Account alice = Accounts.first(http, "alice");
      var wrong =
          http.post("/api/v1/users/@me/password")
              .bearer(alice.token())
              .json("{\"old_password\":\"not it at all\",\"new_password\":\"new password 123\"}")
              .send();
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(wrong.errorCode()).isEqualTo("wrong_password");
      var invalid =
          http.post("/api/v1/users/@me/password")
              .bearer(alice.token())
              .json("{\"old_password\":\"" + Accounts.PASSWORD + "\",\"new_password\":\"short\"}")
              .send();
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(invalid.errorCode()).isEqualTo("invalid_password");
      var malformed =
          http.post("/api/v1/users/@me/password")
              .bearer(alice.token())
              .json("{\"old_password\":\"" + Accounts.PASSWORD + "\"}")
              .send();
      assertThat(malformed.errorCode()).isEqualTo("invalid_json");
      assertThat(login("alice", Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void sessionsAreListedWithTheCurrentOneMarked() {
      Account alice = Accounts.first(http, "alice");
      login("alice", Accounts.PASSWORD);
      var sessions =
          http.get("/api/v1/users/@me/sessions")
              .bearer(alice.token())
              .header("User-Agent", "TestBrowser/1.0")
              .send()
              .json();
      assertThat(sessions.size()).isEqualTo(2);
      int current = 0;
      for (var session : sessions) {
        assertThat(session.path("id").isTextual()).isTrue();
        assertThat(session.path("client_ip").asText()).isEqualTo("127.0.0.1");
        if (session.path("current").asBoolean()) {
          current++;
        }
      }
      assertThat(current).isEqualTo(1);
    }

    @Test
    void anotherSessionCanBeRevoked() {
      Account alice = Accounts.first(http, "alice");
      String other = login("alice", Accounts.PASSWORD).json().path("token").asText();
      String otherId = null;
      for (var session :
          http.get("/api/v1/users/@me/sessions").bearer(alice.token()).send().json()) {
        if (!session.path("current").asBoolean()) {
          otherId = session.path("id").asText();
        }
      }
      var answer =
          http.delete("/api/v1/users/@me/sessions/" + otherId).bearer(alice.token()).send();
      assertThat(answer.status()).isEqualTo(204);
      assertThat(http.get("/api/v1/users/@me").bearer(other).send().status()).isEqualTo(401);
      assertThat(
              http.delete("/api/v1/users/@me/sessions/" + otherId)
                  .bearer(alice.token())
                  .send()
                  .errorCode())
          .isEqualTo("not_found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "abc", "0"})
    void sessionsThatAreNotTheCallersAreNotFound(String id) {
      Account alice = Accounts.first(http, "alice");
      var answer = http.delete("/api/v1/users/@me/sessions/" + id).bearer(alice.token()).send();
      assertThat(answer.status()).isEqualTo(404);
      assertThat(http.get("/api/v1/users/@me").bearer(alice.token()).send().status())
          .isEqualTo(200);
    }

    @Test
    void someoneElsesSessionCannotBeRevoked() {
      Account alice = Accounts.first(http, "alice");
      Account bob = Accounts.invited(http, alice, "bob");
      String bobsSession =
          http.get("/api/v1/users/@me/sessions")
              .bearer(bob.token())
              .send()
              .json()
              .get(0)
              .path("id")
              .asText();
      var answer =
          http.delete("/api/v1/users/@me/sessions/" + bobsSession).bearer(alice.token()).send();
      assertThat(answer.status()).isEqualTo(404);
      assertThat(http.get("/api/v1/users/@me").bearer(bob.token()).send().status()).isEqualTo(200);
    }
  }
}
