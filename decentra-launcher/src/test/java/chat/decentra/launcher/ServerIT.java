package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.jooq.testing.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole server, wired as in production, on the embedded database and on PostgreSQL. */
class ServerIT {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

  @TempDir Path dataDir;

  @Test
  void embeddedDatabaseKeepsAccountsAcrossRestarts() {
    try (var first = TestServers.embedded(dataDir)) {
      new Http(first.baseUrl()).signUp("ada", "correct horse battery", null);
    }
    try (var second = TestServers.embedded(dataDir)) {
      var http = new Http(second.baseUrl());
      assertThat(http.get("/readyz", null).statusCode()).isEqualTo(200);
      var login = http.logIn("ada", "correct horse battery");
      assertThat(login.statusCode()).isEqualTo(200);
      var me = http.get("/api/v1/users/@me", Http.field(login.body(), "token"));
      assertThat(me.body()).contains("\"username\":\"ada\"").contains("\"admin\":true");
    }
  }

  @Test
  void postgresServerSignsUpInvitesAndGreetsOnTheGateway() {
    try (var server =
        TestServers.postgres(dataDir, POSTGRES.jdbcUrl(), POSTGRES.user(), POSTGRES.password())) {
      assertThat(server.database()).startsWith("PostgreSQL at");
      var http = new Http(server.baseUrl());
      String admin = http.signUp("grace", "correct horse battery", null);
      var invite = http.post("/api/v1/invites", "{\"max_uses\":1}", admin);
      assertThat(invite.statusCode()).isEqualTo(201);
      String code = Http.field(invite.body(), "code");
      String member = http.signUp("linus", "another good password", code);
      assertThat(
              http.post(
                      "/api/v1/auth/signup",
                      "{\"username\":\"late\",\"password\":\"too late here\",\"invite\":\""
                          + code
                          + "\"}",
                      null)
                  .body())
          .contains("invite_used_up");

      var socket = http.gateway();
      assertThat(socket.next()).contains("\"op\":\"hello\"");
      socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + member + "\"}}");
      String ready = socket.next();
      assertThat(ready).contains("\"t\":\"READY\"").contains("\"username\":\"linus\"");

      assertThat(http.post("/api/v1/auth/logout", "", member).statusCode()).isEqualTo(204);
      assertThat(socket.closeCode.orTimeout(5, TimeUnit.SECONDS).join()).isEqualTo(4010);
    }
  }

  @Test
  void shutdownClosesGatewaySocketsWithGoingAway() {
    var server = TestServers.embedded(dataDir);
    var http = new Http(server.baseUrl());
    String token = http.signUp("barbara", "correct horse battery", null);
    var socket = http.gateway();
    socket.next();
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + token + "\"}}");
    assertThat(socket.next()).contains("READY");

    long started = System.nanoTime();
    server.close();
    assertThat(socket.closeCode.orTimeout(5, TimeUnit.SECONDS).join()).isEqualTo(1001);
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
    assertThat(Optional.ofNullable(server.openGatewayConnections())).hasValue(0);
  }
}
