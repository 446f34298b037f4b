package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.application.port.in.account.AuthenticateUseCase;
import io.undertow.server.HttpHandler;
import java.util.concurrent.Executor;

/** Builds {@link Endpoint}s that share the executor, authentication and origin policy. */
final class Endpoints {

  private final Executor executor;
  private final AuthenticateUseCase authenticate;
  private final OriginPolicy origins;

  Endpoints(Executor executor, AuthenticateUseCase authenticate, OriginPolicy origins) {
    this.executor = executor;
    this.authenticate = authenticate;
    this.origins = origins;
  }

  /** An operation anyone may call. */
  HttpHandler open(BodyKind body, Endpoint.PublicCall call) {
    return new Endpoint(
        body, false, (caller, request) -> call.handle(request), executor, authenticate, origins);
  }

  /** An operation for signed-in callers; others get 401 {@code unauthorized}. */
  HttpHandler signedIn(BodyKind body, Endpoint.SessionCall call) {
    return new Endpoint(body, true, call, executor, authenticate, origins);
  }
}
