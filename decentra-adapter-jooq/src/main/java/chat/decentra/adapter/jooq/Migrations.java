package chat.decentra.adapter.jooq;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings the schema up to date with the Flyway migrations shipped in this module. */
final class Migrations {

  static final String LOCATION = "classpath:db/migration";

  private Migrations() {}

  /** Flyway's configuration without a database yet: loading its plugins takes a while. */
  static FluentConfiguration configure() {
    return Flyway.configure(Migrations.class.getClassLoader())
        .locations(LOCATION)
        .failOnMissingLocations(true);
  }

  /**
   * Applies pending migrations. On PostgreSQL Flyway holds an advisory lock while it migrates, so
   * nodes that start together on one database migrate it once.
   */
  static void migrate(FluentConfiguration configuration, DataSource dataSource) {
    configuration.dataSource(dataSource).load().migrate();
  }
}
