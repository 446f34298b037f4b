package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.json.StatusJson;
import chat.decentra.application.port.in.instance.CheckReadinessUseCase;
import io.undertow.server.HttpHandler;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;

/** {@code /healthz} (the process runs) and {@code /readyz} (it can serve: the database answers). */
final class HealthEndpoints {

  private static final System.Logger LOG = System.getLogger(HealthEndpoints.class.getName());

  private HealthEndpoints() {}

  /** Answered on the IO thread: it must work even when the executor is stuck. */
  static HttpHandler liveness() {
    return exchange -> Responses.json(exchange, 200, new StatusJson("ok"));
  }

  static HttpHandler readiness(CheckReadinessUseCase readiness, Executor executor) {
    return exchange ->
        Blocking.run(
            exchange,
            executor,
            () -> {
              if (isReady(readiness)) {
                Responses.json(exchange, 200, new StatusJson("ready"));
              } else {
                Responses.error(exchange, ApiError.NOT_READY);
              }
            });
  }

  private static boolean isReady(CheckReadinessUseCase readiness) {
    try {
      return readiness.isReady();
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "readiness check failed", failure);
      return false;
    }
  }
}
