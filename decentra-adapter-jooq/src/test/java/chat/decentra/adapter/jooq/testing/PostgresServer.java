package chat.decentra.adapter.jooq.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server that tests create their databases on, found once per JVM: the one named by
 * {@code DECENTRA_TEST_POSTGRES_URL}, else a Testcontainers container when a Docker engine answers.
 */
final class PostgresServer {

  static final String URL_VARIABLE = "DECENTRA_TEST_POSTGRES_URL";
  private static final String IMAGE = "postgres:17-alpine";

  /** Where to find the server, or why there is none. */
  sealed interface Lookup {}

  /** A server, with the URL of a database to connect to for creating and dropping others. */
  record Found(String adminUrl, String user, String password, String origin) implements Lookup {
    Connection connect() throws SQLException {
      return DriverManager.getConnection(adminUrl, credentials(user, password));
    }
  }

  /** No server could be found, and why. */
  record Missing(String reason) implements Lookup {}

  private PostgresServer() {}

  /** The server of this JVM, found on first use. */
  static Lookup lookup() {
    return Holder.LOOKUP;
  }

  private static final class Holder {
    static final Lookup LOOKUP = find();
  }

  private static Lookup find() {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return new Found(url.strip(), "", "", URL_VARIABLE);
    }
    try {
      if (!DockerClientFactory.instance().isDockerAvailable()) {
        return new Missing(
            URL_VARIABLE + " is not set and no Docker engine answers for Testcontainers");
      }
      @SuppressWarnings("resource") // Testcontainers' reaper stops it when the JVM exits.
      var container = new PostgreSQLContainer(IMAGE);
      container.start();
      return new Found(
          container.getJdbcUrl(),
          container.getUsername(),
          container.getPassword(),
          "Testcontainers");
    } catch (LinkageError e) {
      return new Missing(
          URL_VARIABLE + " is not set and Testcontainers is not on the test class path");
    } catch (RuntimeException e) {
      return new Missing(
          URL_VARIABLE + " is not set and the Testcontainers PostgreSQL did not start: " + e);
    }
  }

  static Properties credentials(String user, String password) {
    var properties = new Properties();
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  /** The same URL with another database, keeping host, port and parameters. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String parameters = query < 0 ? "" : url.substring(query);
    String hierarchical = "jdbc:postgresql://";
    if (base.startsWith(hierarchical)) {
      int slash = base.indexOf('/', hierarchical.length());
      String server = slash < 0 ? base : base.substring(0, slash);
      return server + "/" + database + parameters;
    }
    return "jdbc:postgresql:" + database + parameters;
  }
}
