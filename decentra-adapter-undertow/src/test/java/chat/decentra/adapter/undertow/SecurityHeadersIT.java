package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersIT {

  private static final Map<String, String> EXPECTED =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
              + "media-src 'self' blob:; connect-src 'self' ws: wss:; object-src 'none'; "
              + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
          "X-Content-Type-Options",
          "nosniff",
          "Referrer-Policy",
          "strict-origin-when-cross-origin",
          "Permissions-Policy",
          "camera=(self), microphone=(self), display-capture=(self)",
          "X-Frame-Options",
          "DENY",
          "Cross-Origin-Opener-Policy",
          "same-origin");

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /", "GET /static/js/app.js", "GET /nope", "GET /api/v1/instance",
            "GET /api/v1/users/@me",
        "DELETE /api/v1/instance", "GET /healthz", "GET /readyz", "GET /ws",
            "POST /api/v1/auth/login"
      })
  void everyAnswerCarriesTheSecurityHeaders(String request) {
    String[] parts = request.split(" ");
    var answer = server.http().method(parts[0], parts[1]).send();
    EXPECTED.forEach((name, value) -> assertThat(answer.header(name)).as(name).contains(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/instance", "/api/v1/users/@me", "/healthz", "/nope"})
  void apiAnswersAreNeverStored(String path) {
    assertThat(server.http().get(path).send().header("Cache-Control")).contains("no-store");
  }
}
