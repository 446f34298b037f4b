package chat.decentra.adapter.jooq;

import static chat.decentra.adapter.jooq.schema.Tables.AUTH_SESSIONS;
import static chat.decentra.adapter.jooq.schema.Tables.INSTANCE_STATE;
import static chat.decentra.adapter.jooq.schema.Tables.USERS;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Start-up help: loading classes dominates the time to open the database, so jOOQ's and Flyway's
 * are loaded on other threads while the pool opens the database.
 */
final class WarmUp {

  private WarmUp() {}

  /** Runs the task on a new daemon thread. */
  static <T> CompletableFuture<T> inBackground(String name, Supplier<T> task) {
    var future = new CompletableFuture<T>();
    Thread.ofPlatform()
        .name(name)
        .daemon()
        .start(
            () -> {
              try {
                future.complete(task.get());
              } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
              }
            });
    return future;
  }

  /** The task's result, or the exception it threw, unwrapped. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Renders statements like the adapters' without a database, so that jOOQ's classes load. */
  static Void renderTypicalStatements(SQLDialect dialect, Settings settings) {
    var dsl = DSL.using(dialect, settings);
    dsl.render(
        dsl.insertInto(USERS)
            .set(USERS.ID, 1L)
            .set(USERS.CREATED_AT, Instant.EPOCH)
            .onConflict(USERS.USERNAME_CANONICAL)
            .doNothing());
    dsl.render(
        dsl.selectFrom(AUTH_SESSIONS)
            .where(AUTH_SESSIONS.TOKEN_HASH.eq(""))
            .orderBy(AUTH_SESSIONS.LAST_USED_AT.desc()));
    dsl.render(
        dsl.update(INSTANCE_STATE)
            .set(INSTANCE_STATE.ADMIN_USER_ID, 1L)
            .where(INSTANCE_STATE.ADMIN_USER_ID.isNull()));
    return null;
  }
}
