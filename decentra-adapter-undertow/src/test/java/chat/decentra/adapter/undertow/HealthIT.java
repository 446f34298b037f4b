package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthIT {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void livenessIsOkWhileTheProcessRuns() {
    var answer = server.http().get("/healthz").send();
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text()).isEqualTo("{\"status\":\"ok\"}");
    assertThat(answer.header("Content-Type")).contains("application/json");
  }

  @Test
  void readinessFollowsTheDatabase() {
    assertThat(server.http().get("/readyz").send().text()).isEqualTo("{\"status\":\"ready\"}");
    server.app.databaseReachable = false;
    var answer = server.http().get("/readyz").send();
    assertThat(answer.status()).isEqualTo(503);
    assertThat(answer.errorCode()).isEqualTo("not_ready");
  }

  @Test
  void healthChecksOnlyRead() {
    var answer = server.http().post("/healthz").send();
    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).contains("GET, HEAD");
  }
}
