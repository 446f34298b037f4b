package chat.decentra.adapter.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.jooq.testing.PostgresTestDatabase;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqPersistencePostgresIT {

  @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();

  @Test
  void twoNodesStartingTogetherOnAnEmptyDatabaseMigrateItOnce() throws Exception {
    var barrier = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    var started = new ArrayList<Future<JooqPersistence>>();
    try {
      for (int i = 0; i < 2; i++) {
        started.add(
            nodes.submit(
                () -> {
                  barrier.await();
                  return JooqPersistence.open(POSTGRES.settings());
                }));
      }
      for (Future<JooqPersistence> node : started) {
        try (JooqPersistence persistence = node.get(60, TimeUnit.SECONDS)) {
          assertThat(persistence.checkDatabasePort().isReachable()).isTrue();
        }
      }
    } finally {
      nodes.shutdownNow();
    }

    assertThat(appliedMigrations())
        .containsEntry("1", 1)
        .allSatisfy((v, n) -> assertThat(n).isOne());
  }

  @Test
  void descriptionNamesTheServerButNoPassword() {
    var settings = ((DatabaseSettings.Postgres) POSTGRES.settings());
    try (var persistence = JooqPersistence.open(settings)) {
      assertThat(persistence.databaseDescription())
          .isEqualTo("PostgreSQL at " + settings.address())
          .endsWith("/" + POSTGRES.name())
          .doesNotContain("password")
          .doesNotContain("?");
      if (!POSTGRES.password().isEmpty()) {
        assertThat(persistence.databaseDescription()).doesNotContain(POSTGRES.password());
      }
    }
  }

  private static Map<String, Integer> appliedMigrations() throws Exception {
    var properties = new Properties();
    if (!POSTGRES.user().isEmpty()) {
      properties.setProperty("user", POSTGRES.user());
    }
    if (!POSTGRES.password().isEmpty()) {
      properties.setProperty("password", POSTGRES.password());
    }
    var counts = new HashMap<String, Integer>();
    try (var connection = DriverManager.getConnection(POSTGRES.jdbcUrl(), properties);
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT version, count(*) FROM flyway_schema_history"
                    + " WHERE version IS NOT NULL AND success GROUP BY version")) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }
}
