package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up shortcuts for the tests, through the real API. */
final class Accounts {

  static final String PASSWORD = "correct horse battery";

  /** A signed-up account: its id, username and session token. */
  record Account(String id, String username, String token) {}

  private Accounts() {}

  /** Signs up the first user of an empty instance, who becomes its admin. */
  static Account first(Http http, String username) {
    return signUp(http, "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
  }

  /** A fresh invite of the account. */
  static String invite(Http http, Account inviter) {
    var answer = http.post("/api/v1/invites").bearer(inviter.token()).send();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    return answer.json().path("code").asText();
  }

  /** Signs up another user with an invite of the inviter. */
  static Account invited(Http http, Account inviter, String username) {
    return signUp(
        http,
        "{\"username\":\""
            + username
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"invite\":\""
            + invite(http, inviter)
            + "\"}");
  }

  private static Account signUp(Http http, String body) {
    var answer = http.post("/api/v1/auth/signup").json(body).send();
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    var user = answer.json().path("user");
    return new Account(
        user.path("id").asText(),
        user.path("username").asText(),
        answer.json().path("token").asText());
  }
}
