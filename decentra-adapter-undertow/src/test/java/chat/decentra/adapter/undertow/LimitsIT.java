package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LimitsIT {

  private final TestServer server =
      TestServer.start(
          TestServer.testSettings()
              .withAuthAttemptsPerMinute(3)
              .withTrustedProxies(List.of("127.0.0.1")));
  private final Http http = server.http();

  @AfterEach
  void stop() {
    server.close();
  }

  private Http.Answer login(String password, String forwardedFor) {
    var request =
        http.post("/api/v1/auth/login")
            .json("{\"username\":\"alice\",\"password\":\"" + password + "\"}");
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return request.send();
  }

  @Test
  void eachClientGetsAFewLoginsPerMinuteThenMustWait() {
    for (int i = 0; i < 3; i++) {
      assertThat(login("wrong password", "203.0.113.7").status()).isEqualTo(401);
    }
    var limited = login(Accounts.PASSWORD, "203.0.113.7");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.errorCode()).isEqualTo("rate_limited");
    assertThat(Integer.parseInt(limited.header("Retry-After").orElseThrow())).isBetween(1, 20);

    assertThat(login("wrong password", "198.51.100.9").status()).isEqualTo(401);
  }

  @Test
  void signUpsAreCountedApartFromLogins() {
    for (int i = 0; i < 3; i++) {
      login("wrong password", null);
    }
    assertThat(login("wrong password", null).status()).isEqualTo(429);
    var signUp =
        http.post("/api/v1/auth/signup")
            .json("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
            .send();
    assertThat(signUp.status()).isEqualTo(201);
  }

  @Test
  void theApplicationsLoginThrottleAnswers429WithItsOwnWait() {
    Accounts.first(http, "alice");
    Http.Answer last = null;
    for (int i = 0; i < 6; i++) {
      last = login("wrong password", "203.0.113." + (10 + i));
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.header("Retry-After")).isPresent();
  }
}
