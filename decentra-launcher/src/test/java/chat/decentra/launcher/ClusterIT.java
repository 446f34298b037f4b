package chat.decentra.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.jooq.testing.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Several nodes on one PostgreSQL database. */
class ClusterIT {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

  @TempDir Path dataDir;

  @Test
  void twoNodesStartTogetherOnOneEmptyPostgresAndShareAccounts(@TempDir Path otherDir) {
    var a =
        CompletableFuture.supplyAsync(
            () ->
                TestServers.postgres(
                    dataDir, POSTGRES.jdbcUrl(), POSTGRES.user(), POSTGRES.password()));
    var b =
        CompletableFuture.supplyAsync(
            () ->
                TestServers.postgres(
                    otherDir, POSTGRES.jdbcUrl(), POSTGRES.user(), POSTGRES.password()));
    try (var nodeA = a.join();
        var nodeB = b.join()) {
      new Http(nodeA.baseUrl()).signUp("ken", "correct horse battery", null);
      var login = new Http(nodeB.baseUrl()).logIn("ken", "correct horse battery");
      assertThat(login.statusCode()).isEqualTo(200);
    }
  }
}
