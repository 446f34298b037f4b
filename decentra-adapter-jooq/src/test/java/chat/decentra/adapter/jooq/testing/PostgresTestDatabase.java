package chat.decentra.adapter.jooq.testing;

import chat.decentra.adapter.jooq.DatabaseSettings;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, uniquely named PostgreSQL database for one test class, dropped after it.
 *
 * <p>Register it on a static field, then use {@link #settings()} (or {@link #jdbcUrl()}, {@link
 * #user()} and {@link #password()}) in the tests:
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresTestDatabase POSTGRES = new PostgresTestDatabase();
 * }</pre>
 *
 * <p>The server is the one {@code DECENTRA_TEST_POSTGRES_URL} names (a JDBC URL with user and, if
 * needed, password as parameters, such as {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); else a Testcontainers PostgreSQL when
 * a Docker engine answers; else the tests are skipped with the reason, or fail when the system
 * property {@code decentra.require.postgres} is {@code true}. Outside JUnit's lifecycle, call
 * {@link #create()} and {@link #drop()} directly.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

  /** The system property that turns a missing server from a skip into a failure. */
  public static final String REQUIRE_PROPERTY = "decentra.require.postgres";

  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private PostgresServer.Found server;
  private String name;

  @Override
  public void beforeAll(ExtensionContext context) {
    create();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    drop();
  }

  /**
   * Creates the database: skips the calling test (or fails it when PostgreSQL is required) when
   * there is no server.
   */
  public synchronized void create() {
    if (name != null) {
      throw new IllegalStateException("database " + name + " exists already");
    }
    PostgresServer.Lookup lookup = PostgresServer.lookup();
    switch (lookup) {
      case PostgresServer.Missing missing -> {
        String message = "No PostgreSQL for this test: " + missing.reason();
        if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
          Assertions.fail(message + ", and " + REQUIRE_PROPERTY + "=true requires one");
        }
        warnOnce(message);
        Assumptions.abort(message);
      }
      case PostgresServer.Found found -> {
        String database = "decentra_test_" + randomSuffix();
        execute(found, "CREATE DATABASE " + database);
        server = found;
        name = database;
      }
    }
  }

  /** Drops the database, ending any connections still open to it; does nothing if none exists. */
  public synchronized void drop() {
    if (name == null) {
      return;
    }
    try {
      execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } finally {
      name = null;
    }
  }

  /** The database's name, such as {@code decentra_test_1a2b3c4d5e6f7a8b}. */
  public synchronized String name() {
    requireCreated();
    return name;
  }

  /** A JDBC URL of the database; it may carry the user and password as parameters. */
  public synchronized String jdbcUrl() {
    requireCreated();
    return PostgresServer.withDatabase(server.adminUrl(), name);
  }

  /** The user to connect as; empty when the URL carries it. */
  public synchronized String user() {
    requireCreated();
    return server.user();
  }

  /** The password; empty when the URL carries it or none is needed. */
  public synchronized String password() {
    requireCreated();
    return server.password();
  }

  /** Settings that open this database through {@code JooqPersistence}. */
  public DatabaseSettings settings() {
    return DatabaseSettings.postgres(jdbcUrl(), user(), password());
  }

  private void requireCreated() {
    if (name == null) {
      throw new IllegalStateException(
          "no database: register PostgresTestDatabase on a static field or call create()");
    }
  }

  /** Skips are easy to miss in a build's output: say once, loudly, why these tests did not run. */
  private static void warnOnce(String message) {
    if (WARNED.compareAndSet(false, true)) {
      System.getLogger(PostgresTestDatabase.class.getName())
          .log(System.Logger.Level.WARNING, message + "; skipping the PostgreSQL tests");
    }
  }

  private static String randomSuffix() {
    var bytes = new byte[8];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void execute(PostgresServer.Found server, String sql) {
    try (var connection = server.connect();
        var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL from " + server.origin() + " refused '" + sql + "': " + e.getMessage(), e);
    }
  }
}
