package chat.decentra.adapter.undertow.ws;

import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/** Authenticates gateway tokens on the executor, never on an IO thread. */
final class TokenCheck {

  private final AuthenticateUseCase authenticate;
  private final Executor executor;

  TokenCheck(AuthenticateUseCase authenticate, Executor executor) {
    this.authenticate = authenticate;
    this.executor = executor;
  }

  CompletableFuture<Optional<Caller>> authenticate(String token, ClientInfo client) {
    try {
      return CompletableFuture.supplyAsync(
          () -> authenticate.authenticate(token, client), executor);
    } catch (RejectedExecutionException busy) {
      return CompletableFuture.failedFuture(busy);
    }
  }
}
