package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.Accounts.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BadRequestsIT {

  private final TestServer server = TestServer.start();
  private final Http http = server.http();
  private Account alice;

  @BeforeEach
  void signUp() {
    alice = Accounts.first(http, "alice");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String displayName() {
    return http.get("/api/v1/users/@me")
        .bearer(alice.token())
        .send()
        .json()
        .path("display_name")
        .asText(null);
  }

  @Nested
  class Routes {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/api/v1",
          "/api/v1/",
          "/api/v1/nope",
          "/api/v1/users/@me/nope",
          "/api/v2/instance"
        })
    void unknownRoutesAreNotFound(String path) {
      var answer = http.get(path).bearer(alice.token()).send();
      assertThat(answer.status()).isEqualTo(404);
      assertThat(answer.errorCode()).isEqualTo("not_found");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "DELETE|/api/v1/instance|GET, PATCH",
          "GET|/api/v1/auth/login|POST",
          "GET|/api/v1/users/@me/avatar|PUT, DELETE",
          "PUT|/api/v1/users/@me|GET, PATCH",
          "POST|/ws|GET",
          "OPTIONS|/api/v1/instance|GET, PATCH"
        })
    void wrongMethodsAreNamedWithTheRightOnes(String method, String path, String allow) {
      var answer = http.method(method, path).send();
      assertThat(answer.status()).isEqualTo(405);
      assertThat(answer.errorCode()).isEqualTo("method_not_allowed");
      assertThat(answer.header("Allow")).contains(allow);
    }

    @Test
    void theGatewayWantsAnUpgrade() {
      var answer = http.get("/ws").send();
      assertThat(answer.status()).isEqualTo(426);
      assertThat(answer.errorCode()).isEqualTo("upgrade_required");
    }
  }

  @Nested
  class Bodies {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"display_name\":\"A\",\"display_name\":\"B\"}",
          "{\"display_name\":\"A\"} trailing",
          "{\"display_name\":\"A\"",
          "\"just a string\"",
          "null"
        })
    void malformedJsonIsInvalidJsonAndChangesNothing(String body) {
      var answer = http.patch("/api/v1/users/@me").bearer(alice.token()).json(body).send();
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.errorCode()).isEqualTo("invalid_json");
      assertThat(displayName()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json; charset=iso-8859-1"
        })
    void jsonEndpointsRefuseOtherContentTypes(String contentType) {
      var answer =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .header("Content-Type", contentType)
              .body("{\"display_name\":\"Mallory\"}")
              .send();
      assertThat(answer.status()).isEqualTo(415);
      assertThat(answer.errorCode()).isEqualTo("unsupported_media_type");
      assertThat(displayName()).isNull();
    }

    @Test
    void aBodyWithoutContentTypeIsRefused() {
      var answer =
          http.post("/api/v1/auth/login")
              .body("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
              .send();
      assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
      String big = "{\"display_name\":\"" + "x".repeat(70 * 1024) + "\"}";
      var answer =
          http.patch("/api/v1/users/@me").bearer(alice.token()).expectContinue().json(big).send();
      assertThat(answer.status()).isEqualTo(413);
      assertThat(answer.errorCode()).isEqualTo("payload_too_large");
    }

    @Test
    void anAnnouncedOversizedBodyIsRefusedBeforeItIsSent() {
      String answer =
          RawHttp.exchange(
              server.port(),
              "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
      assertThat(RawHttp.status(answer)).isEqualTo(413);
      assertThat(answer).contains("payload_too_large").containsIgnoringCase("connection: close");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() {
      var request = new StringBuilder();
      request.append("PATCH /api/v1/users/@me HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      request.append("Authorization: Bearer ").append(alice.token()).append("\r\n");
      request.append("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
      String chunk = "x".repeat(8192);
      request.append("11\r\n{\"display_name\":\"\r\n");
      for (int i = 0; i < 9; i++) {
        request
            .append(Integer.toHexString(chunk.length()))
            .append("\r\n")
            .append(chunk)
            .append("\r\n");
      }
      request.append("2\r\n\"}\r\n0\r\n\r\n");
      String answer = RawHttp.exchange(server.port(), request.toString());
      assertThat(RawHttp.status(answer)).as(answer).isEqualTo(413);
      assertThat(displayName()).isNull();
    }

    @Test
    void endpointsWithoutBodyIgnoreASmallOne() {
      var answer = http.post("/api/v1/auth/logout").bearer(alice.token()).json("{}").send();
      assertThat(answer.status()).isEqualTo(204);
    }
  }

  @Nested
  class CrossSite {

    @Test
    void aCookieRequestFromAnotherSiteIsRefused() {
      var answer =
          http.patch("/api/v1/users/@me")
              .header("Cookie", "decentra_session=" + alice.token())
              .header("Origin", "https://evil.example")
              .json("{\"display_name\":\"Mallory\"}")
              .send();
      assertThat(answer.status()).isEqualTo(403);
      assertThat(answer.errorCode()).isEqualTo("origin_not_allowed");
      assertThat(displayName()).isNull();
    }

    @Test
    void aCookieRequestFromOurOwnPageIsAllowed() {
      var answer =
          http.patch("/api/v1/users/@me")
              .cookie(alice.token())
              .json("{\"display_name\":\"Alice\"}")
              .send();
      assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aCookieRequestWithoutOriginIsAllowed() {
      var answer =
          http.patch("/api/v1/users/@me")
              .header("Cookie", "decentra_session=" + alice.token())
              .json("{\"display_name\":\"Alice\"}")
              .send();
      assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void theOpaqueNullOriginIsRefused() {
      var answer =
          http.post("/api/v1/auth/logout")
              .header("Cookie", "decentra_session=" + alice.token())
              .header("Origin", "null")
              .header("Content-Type", "application/json")
              .send();
      assertThat(answer.errorCode()).isEqualTo("origin_not_allowed");
    }

    @Test
    void bearerRequestsMayComeFromAnywhere() {
      var answer =
          http.patch("/api/v1/users/@me")
              .bearer(alice.token())
              .header("Origin", "https://bot.example")
              .json("{\"display_name\":\"Alice\"}")
              .send();
      assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void loginFromAnotherSiteIsRefused() {
      var answer =
          http.post("/api/v1/auth/login")
              .header("Origin", "https://evil.example")
              .json("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
              .send();
      assertThat(answer.errorCode()).isEqualTo("origin_not_allowed");
      assertThat(answer.cookies()).isEmpty();
    }

    @Test
    void stateChangingCookieRequestsMustSayJsonEvenWithoutBody() {
      var logout =
          http.post("/api/v1/auth/logout")
              .header("Cookie", "decentra_session=" + alice.token())
              .send();
      assertThat(logout.status()).isEqualTo(415);
      var revoke =
          http.delete("/api/v1/users/@me/sessions/1")
              .header("Cookie", "decentra_session=" + alice.token())
              .send();
      assertThat(revoke.status()).isEqualTo(415);
      assertThat(http.get("/api/v1/users/@me").bearer(alice.token()).send().status())
          .isEqualTo(200);
      var bearerLogout = http.post("/api/v1/auth/logout").bearer(alice.token()).send();
      assertThat(bearerLogout.status()).isEqualTo(204);
    }

    @Test
    void avatarUploadsByCookieTakeAnyContentType() {
      var answer =
          http.put("/api/v1/users/@me/avatar")
              .cookie(alice.token())
              .header("Content-Type", "application/octet-stream")
              .body(Images.png())
              .send();
      assertThat(answer.status()).isEqualTo(200);
    }
  }
}
