package chat.decentra.adapter.jooq;

import java.nio.file.Path;

/** Where the instance keeps its data: an embedded H2 file or a PostgreSQL server. */
public sealed interface DatabaseSettings {

  /** Connections the PostgreSQL pool holds at most unless told otherwise. */
  int DEFAULT_POSTGRES_POOL_SIZE = 10;

  /** The embedded H2 database in the file {@code decentra} under the data directory. */
  static DatabaseSettings embedded(Path dataDirectory) {
    return new Embedded(dataDirectory);
  }

  /**
   * A PostgreSQL database; user and password may be empty when the URL or the server's
   * authentication supplies them.
   */
  static DatabaseSettings postgres(String jdbcUrl, String user, String password) {
    return new Postgres(jdbcUrl, user, password, DEFAULT_POSTGRES_POOL_SIZE);
  }

  /** The embedded H2 file database, kept across restarts under {@code dataDirectory}. */
  record Embedded(Path dataDirectory) implements DatabaseSettings {
    public Embedded {
      if (dataDirectory == null) {
        throw new IllegalArgumentException("dataDirectory is required");
      }
      if (dataDirectory.toString().contains(";")) {
        // H2 reads settings after a semicolon in its URL.
        throw new IllegalArgumentException("dataDirectory must not contain ';': " + dataDirectory);
      }
    }

    /** The database file's base name, without H2's {@code .mv.db} suffix. */
    public Path databaseFile() {
      return dataDirectory.resolve("decentra");
    }
  }

  /** A PostgreSQL server reached through a {@code jdbc:postgresql:} URL. */
  record Postgres(String jdbcUrl, String user, String password, int maximumPoolSize)
      implements DatabaseSettings {
    public Postgres {
      if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql:");
      }
      if (maximumPoolSize < 1 || maximumPoolSize > 1000) {
        throw new IllegalArgumentException("maximumPoolSize must be 1-1000: " + maximumPoolSize);
      }
      user = user == null ? "" : user;
      password = password == null ? "" : password;
    }

    /** The same database with another pool size. */
    public Postgres withMaximumPoolSize(int size) {
      return new Postgres(jdbcUrl, user, password, size);
    }

    /** Host, port and database, without user, password or other parameters. */
    public String address() {
      String rest = jdbcUrl.substring("jdbc:postgresql:".length());
      int query = rest.indexOf('?');
      if (query >= 0) {
        rest = rest.substring(0, query);
      }
      if (rest.startsWith("//")) {
        rest = rest.substring(2);
      }
      int slash = rest.indexOf('/');
      int at = (slash < 0 ? rest : rest.substring(0, slash)).lastIndexOf('@');
      if (at >= 0) {
        rest = rest.substring(at + 1);
      }
      return rest;
    }

    @Override
    public String toString() {
      return "Postgres[address="
          + address()
          + ", user="
          + user
          + ", maximumPoolSize="
          + maximumPoolSize
          + "]";
    }
  }
}
