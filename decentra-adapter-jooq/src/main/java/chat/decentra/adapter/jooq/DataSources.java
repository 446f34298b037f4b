package chat.decentra.adapter.jooq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;

/** Connection pools for the two kinds of database. */
final class DataSources {

  /**
   * Options of the embedded H2 file: no automatic mixed-mode server (one process owns the file,
   * which H2's file lock enforces); the pool closes the database, not H2's own shutdown hook, so
   * that work still running at shutdown can finish; row locks are waited for as long as on a server
   * database instead of H2's default second. No compatibility MODE: the migrations run unchanged on
   * H2's own dialect, which is also the one jOOQ's H2 support writes.
   */
  static final String H2_OPTIONS = ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

  /** One process on one file needs few connections; H2 serialises much of its work anyway. */
  static final int H2_POOL_SIZE = 4;

  private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  private DataSources() {}

  static HikariDataSource create(DatabaseSettings settings) {
    var config = new HikariConfig();
    config.setPoolName("decentra-db");
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    switch (settings) {
      case DatabaseSettings.Embedded embedded -> {
        createDirectories(embedded);
        config.setDriverClassName("org.h2.Driver");
        config.setJdbcUrl(h2Url(embedded));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(H2_POOL_SIZE);
      }
      case DatabaseSettings.Postgres postgres -> {
        config.setDriverClassName("org.postgresql.Driver");
        config.setJdbcUrl(postgres.jdbcUrl());
        if (!postgres.user().isEmpty()) {
          config.setUsername(postgres.user());
        }
        if (!postgres.password().isEmpty()) {
          config.setPassword(postgres.password());
        }
        config.setMaximumPoolSize(postgres.maximumPoolSize());
        config.addDataSourceProperty("ApplicationName", "decentra");
      }
    }
    return new HikariDataSource(config);
  }

  static String h2Url(DatabaseSettings.Embedded embedded) {
    return "jdbc:h2:file:" + embedded.databaseFile().toAbsolutePath() + H2_OPTIONS;
  }

  private static void createDirectories(DatabaseSettings.Embedded embedded) {
    try {
      Files.createDirectories(embedded.dataDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data directory " + embedded.dataDirectory(), e);
    }
  }
}
