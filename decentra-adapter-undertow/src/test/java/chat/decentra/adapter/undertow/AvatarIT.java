package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.Accounts.Account;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AvatarIT {

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

  private Http.Answer upload(byte[] bytes, String contentType) {
    return http.put("/api/v1/users/@me/avatar")
        .bearer(alice.token())
        .header("Content-Type", contentType)
        .body(bytes)
        .send();
  }

  @Test
  void aPngBecomesTheAvatarAndIsServedWithItsTypeAndCachedForever() {
    byte[] png = Images.png();
    var answer = upload(png, "image/png");
    assertThat(answer.status()).isEqualTo(200);
    var avatar = answer.json().path("avatar");
    assertThat(avatar.path("type").asText()).isEqualTo("image");
    String url = avatar.path("url").asText();
    assertThat(url).startsWith("/api/v1/users/" + alice.id() + "/avatar?v=");

    var image = http.get(url).send();
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.header("Content-Type")).contains("image/png");
    assertThat(image.bytes()).isEqualTo(png);
    assertThat(image.header("Cache-Control")).contains("public, max-age=31536000, immutable");
    assertThat(image.header("X-Content-Type-Options")).contains("nosniff");

    var unversioned = http.get("/api/v1/users/" + alice.id() + "/avatar").send();
    assertThat(unversioned.header("Cache-Control")).contains("no-cache");
    var revalidated =
        http.get("/api/v1/users/" + alice.id() + "/avatar")
            .header("If-None-Match", image.header("ETag").orElseThrow())
            .send();
    assertThat(revalidated.status()).isEqualTo(304);
  }

  @Test
  void theTypeComesFromTheBytesNotFromTheHeader() {
    var answer = upload(Images.jpeg(), "application/octet-stream");
    assertThat(answer.status()).isEqualTo(200);
    var image = http.get(answer.json().path("avatar").path("url").asText()).send();
    assertThat(image.header("Content-Type")).contains("image/jpeg");
  }

  @Test
  void aTextFileNamedLikeAnImageIsRefused() {
    var answer =
        upload("hello, I am not a picture at all".getBytes(StandardCharsets.UTF_8), "image/png");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.errorCode()).isEqualTo("invalid_image");
    assertThat(
            http.get("/api/v1/users/@me")
                .bearer(alice.token())
                .send()
                .json()
                .path("avatar")
                .isNull())
        .isTrue();
  }

  @Test
  void hugeUploadsAreRefusedBeforeTheyAreSent() {
    String answer =
        RawHttp.exchange(
            server.port(),
            "PUT /api/v1/users/@me/avatar HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer "
                + alice.token()
                + "\r\nContent-Type: image/png\r\nContent-Length: 50000000\r\n\r\n");
    assertThat(RawHttp.status(answer)).isEqualTo(413);
    assertThat(answer).contains("payload_too_large");
  }

  @Test
  void uploadsOverTwoMebibytesAreRefused() {
    byte[] huge = new byte[2 * 1024 * 1024 + 1];
    byte[] png = Images.png();
    System.arraycopy(png, 0, huge, 0, png.length);
    var answer =
        http.put("/api/v1/users/@me/avatar")
            .bearer(alice.token())
            .header("Content-Type", "image/png")
            .expectContinue()
            .body(huge)
            .send();
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.errorCode()).isEqualTo("payload_too_large");
  }

  @Test
  void removingTheAvatarLeavesNone() {
    upload(Images.png(), "image/png");
    var answer = http.delete("/api/v1/users/@me/avatar").bearer(alice.token()).send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("avatar").isNull()).isTrue();
    assertThat(http.get("/api/v1/users/" + alice.id() + "/avatar").send().status()).isEqualTo(404);
  }

  @Test
  void anEmojiReplacesTheImage() {
    upload(Images.png(), "image/png");
    var answer =
        http.patch("/api/v1/users/@me")
            .bearer(alice.token())
            .json("{\"avatar_emoji\":\"🐙\"}")
            .send();
    assertThat(answer.json().path("avatar").path("type").asText()).isEqualTo("emoji");
    assertThat(http.get("/api/v1/users/" + alice.id() + "/avatar").send().status()).isEqualTo(404);
  }

  @Test
  void avatarsOfUnknownUsersAreNotFound() {
    assertThat(http.get("/api/v1/users/123456789/avatar").send().errorCode())
        .isEqualTo("not_found");
    assertThat(http.get("/api/v1/users/nobody/avatar").send().errorCode()).isEqualTo("not_found");
  }

  @Test
  void uploadingNeedsASession() {
    var answer =
        http.put("/api/v1/users/@me/avatar")
            .header("Content-Type", "image/png")
            .body(Images.png())
            .send();
    assertThat(answer.status()).isEqualTo(401);
  }
}
