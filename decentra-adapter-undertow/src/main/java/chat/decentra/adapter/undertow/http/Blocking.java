package chat.decentra.adapter.undertow.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.SameThreadExecutor;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Moves work that may block off the IO thread, answering 500 for failures and 503 when full. */
public final class Blocking {

  private Blocking() {}

  /**
   * Runs the task on the executor with the exchange kept open; the task must end the exchange. A
   * failure in the task becomes a logged 500.
   */
  public static void run(HttpServerExchange exchange, Executor executor, Runnable task) {
    exchange.dispatch(
        SameThreadExecutor.INSTANCE,
        () -> {
          try {
            executor.execute(() -> guarded(exchange, task));
          } catch (RejectedExecutionException busy) {
            Responses.error(exchange, ApiError.NOT_READY);
          }
        });
  }

  private static void guarded(HttpServerExchange exchange, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException | Error failure) {
      Responses.internalError(exchange, failure);
    }
  }
}
