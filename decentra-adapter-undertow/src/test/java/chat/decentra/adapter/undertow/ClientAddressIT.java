package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.Accounts.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressIT {

  private static String clientIp(Http http, Account account) {
    return http.get("/api/v1/users/@me/sessions")
        .bearer(account.token())
        .send()
        .json()
        .get(0)
        .path("client_ip")
        .asText();
  }

  private static Http.Answer signUpBehindProxy(Http http) {
    return http.post("/api/v1/auth/signup")
        .header("X-Forwarded-For", "1.2.3.4, 203.0.113.7")
        .header("X-Forwarded-Proto", "https")
        .json("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
        .send();
  }

  @Test
  void behindATrustedProxyTheForwardedClientAndSchemeCount() throws InterruptedException {
    try (var server =
        TestServer.start(TestServer.testSettings().withTrustedProxies(List.of("loopback")))) {
      Http http = server.http();
      var answer = signUpBehindProxy(http);
      assertThat(answer.cookies()).singleElement().asString().endsWith("; Secure");
      var alice = new Account("", "alice", answer.json().path("token").asText());
      assertThat(clientIp(http, alice)).isEqualTo("203.0.113.7");
    }
  }

  @Test
  void withoutTrustedProxiesForwardingHeadersAreIgnored() throws InterruptedException {
    try (var server = TestServer.start()) {
      Http http = server.http();
      var answer = signUpBehindProxy(http);
      assertThat(answer.cookies()).singleElement().asString().doesNotContain("Secure");
      var alice = new Account("", "alice", answer.json().path("token").asText());
      assertThat(clientIp(http, alice)).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void theForwardedHostIsAnAllowedOriginBehindATrustedProxy() throws InterruptedException {
    try (var server =
        TestServer.start(TestServer.testSettings().withTrustedProxies(List.of("127.0.0.1")))) {
      Http http = server.http();
      Account alice = Accounts.first(http, "alice");
      var answer =
          http.patch("/api/v1/users/@me")
              .header("Cookie", "decentra_session=" + alice.token())
              .header("Origin", "https://chat.example.org")
              .header("X-Forwarded-Host", "chat.example.org")
              .header("X-Forwarded-Proto", "https")
              .json("{\"display_name\":\"Alice\"}")
              .send();
      assertThat(answer.status()).isEqualTo(200);
      var invite =
          http.post("/api/v1/invites")
              .bearer(alice.token())
              .header("X-Forwarded-Host", "chat.example.org")
              .header("X-Forwarded-Proto", "https")
              .send()
              .json();
      assertThat(invite.path("url").asText()).startsWith("https://chat.example.org/invite/");
    }
  }
}
