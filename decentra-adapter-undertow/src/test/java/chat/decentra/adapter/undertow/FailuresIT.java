package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class FailuresIT {

  @Test
  void aBugIsA500WithAReferenceAndNoDetails() throws InterruptedException {
    try (var server =
        TestServer.start(
            TestServer.testSettings(),
            useCases ->
                new UseCases(
                    useCases.signUp(),
                    useCases.logIn(),
                    useCases.authenticate(),
                    useCases.logOut(),
                    useCases.listSessions(),
                    useCases.revokeSession(),
                    useCases.changePassword(),
                    useCases.updateProfile(),
                    useCases.setAvatarImage(),
                    useCases.getUser(),
                    () -> {
                      throw new IllegalStateException("database exploded at secret-host:5432");
                    },
                    useCases.updateInstanceSettings(),
                    useCases.invites(),
                    useCases.readiness(),
                    useCases.guilds(),
                    useCases.events(),
                    useCases.executor()))) {
      var answer = server.http().get("/api/v1/instance").send();
      assertThat(answer.status()).isEqualTo(500);
      assertThat(answer.errorCode()).isEqualTo("internal_error");
      assertThat(answer.json().path("error").path("message").asText())
          .matches("Something went wrong on our side \\(reference [0-9a-f]{12}\\)\\.");
      assertThat(answer.text()).doesNotContain("secret-host").doesNotContain("Exception");
      assertThat(answer.header("Content-Security-Policy")).isPresent();
    }
  }

  @Test
  void aFullExecutorIsA503() throws InterruptedException {
    try (var server =
        TestServer.start(
            TestServer.testSettings(),
            useCases ->
                new UseCases(
                    useCases.signUp(),
                    useCases.logIn(),
                    useCases.authenticate(),
                    useCases.logOut(),
                    useCases.listSessions(),
                    useCases.revokeSession(),
                    useCases.changePassword(),
                    useCases.updateProfile(),
                    useCases.setAvatarImage(),
                    useCases.getUser(),
                    useCases.instanceInfo(),
                    useCases.updateInstanceSettings(),
                    useCases.invites(),
                    useCases.readiness(),
                    useCases.guilds(),
                    useCases.events(),
                    task -> {
                      throw new RejectedExecutionException("full");
                    }))) {
      var answer = server.http().get("/api/v1/instance").send();
      assertThat(answer.status()).isEqualTo(503);
      assertThat(server.http().get("/healthz").send().status()).isEqualTo(200);
    }
  }
}
