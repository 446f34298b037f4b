package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AUTH_SESSIONS;
import static chat.decentra.adapter.jooq.schema.Tables.AVATAR_IMAGES;
import static chat.decentra.adapter.jooq.schema.Tables.GUILDS;
import static chat.decentra.adapter.jooq.schema.Tables.INSTANCE_INVITES;
import static chat.decentra.adapter.jooq.schema.Tables.INSTANCE_STATE;
import static chat.decentra.adapter.jooq.schema.Tables.USERS;

import chat.decentra.adapter.jooq.testing.PostgresTestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link JooqPersistence} for a test class, on H2 in a temporary directory or on a fresh
 * PostgreSQL database; {@link #fresh()} empties it for the next test.
 */
final class TestPersistence implements BeforeAllCallback, AfterAllCallback {

  private final PostgresTestDatabase postgres;
  private String owner;
  private Path h2Directory;
  private JooqPersistence persistence;

  private TestPersistence(PostgresTestDatabase postgres) {
    this.postgres = postgres;
  }

  static TestPersistence h2() {
    return new TestPersistence(null);
  }

  static TestPersistence postgres() {
    return new TestPersistence(new PostgresTestDatabase());
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (owner != null) {
      // A @Nested class inherits the extension of its enclosing class and shares its database.
      return;
    }
    owner = context.getUniqueId();
    if (postgres == null) {
      h2Directory = Files.createTempDirectory("decentra-h2-test-");
      persistence = JooqPersistence.open(DatabaseSettings.embedded(h2Directory));
    } else {
      postgres.beforeAll(context);
      persistence = JooqPersistence.open(postgres.settings());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!context.getUniqueId().equals(owner)) {
      return;
    }
    try {
      if (persistence != null) {
        persistence.close();
      }
    } finally {
      if (postgres != null) {
        postgres.afterAll(context);
      }
      if (h2Directory != null) {
        deleteRecursively(h2Directory);
      }
      owner = null;
    }
  }

  JooqPersistence persistence() {
    return persistence;
  }

  /** The persistence with every table as the migrations left it. */
  JooqPersistence fresh() {
    DSLContext dsl = persistence.dsl();
    // Everything in a guild goes with it (ON DELETE CASCADE); guilds go before their owners.
    dsl.deleteFrom(GUILDS).execute();
    dsl.deleteFrom(AUTH_SESSIONS).execute();
    dsl.deleteFrom(AVATAR_IMAGES).execute();
    dsl.deleteFrom(INSTANCE_INVITES).execute();
    dsl.update(USERS).set(USERS.INVITED_BY, DSL.castNull(USERS.INVITED_BY)).execute();
    dsl.deleteFrom(USERS).execute();
    dsl.update(INSTANCE_STATE)
        .set(INSTANCE_STATE.ADMIN_USER_ID, DSL.castNull(INSTANCE_STATE.ADMIN_USER_ID))
        .set(INSTANCE_STATE.MEMBERS_CAN_INVITE, false)
        .execute();
    return persistence;
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
