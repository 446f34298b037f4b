package chat.decentra.adapter.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqPersistenceH2Test {

  @TempDir Path dataDirectory;

  @Test
  void createsTheDatabaseFileInTheDataDirectory() {
    Path nested = dataDirectory.resolve("data");
    try (var persistence = JooqPersistence.open(DatabaseSettings.embedded(nested))) {
      assertThat(persistence.databaseDescription())
          .isEqualTo("embedded H2 at " + nested.resolve("decentra"));
      assertThat(persistence.checkDatabasePort().isReachable()).isTrue();
    }
    assertThat(Files.exists(nested.resolve("decentra.mv.db"))).isTrue();
  }

  @Test
  void dataIsKeptAcrossRestarts() {
    var user =
        User.newcomer(
            new UserId(1),
            new Username("alice"),
            true,
            Optional.empty(),
            Instant.parse("2025-01-01T00:00:00Z"));
    try (var persistence = JooqPersistence.open(DatabaseSettings.embedded(dataDirectory))) {
      persistence.saveUserPort().insertUser(user, "hash");
      persistence.instanceStatePort().claimAdmin(user.id());
    }

    try (var persistence = JooqPersistence.open(DatabaseSettings.embedded(dataDirectory))) {
      assertThat(persistence.loadUserPort().loadUser(user.id())).contains(user);
      assertThat(persistence.instanceStatePort().admin()).contains(user.id());
    }
  }

  @Test
  void closedDatabaseIsReportedUnreachable() {
    var persistence = JooqPersistence.open(DatabaseSettings.embedded(dataDirectory));
    persistence.close();

    assertThat(persistence.checkDatabasePort().isReachable()).isFalse();
  }
}
