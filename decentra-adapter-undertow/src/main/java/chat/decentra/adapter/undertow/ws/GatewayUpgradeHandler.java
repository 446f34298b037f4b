package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.adapter.undertow.edge.RequestSource;
import chat.decentra.adapter.undertow.http.ApiError;
import chat.decentra.adapter.undertow.http.Blocking;
import chat.decentra.adapter.undertow.http.Responses;
import chat.decentra.adapter.undertow.http.SessionCookie;
import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The HTTP side of {@code /ws}: only GET upgrades from an allowed origin reach the handshake, and a
 * session cookie is checked first (on the executor), so that a browser's socket is ready at once.
 */
final class GatewayUpgradeHandler implements HttpHandler {

  /** Who the upgrade request is from, for the session to keep. */
  record Upgrade(ClientInfo client, Caller caller) {}

  static final AttachmentKey<Upgrade> UPGRADE = AttachmentKey.create(Upgrade.class);

  private final OriginPolicy origins;
  private final AuthenticateUseCase authenticate;
  private final Executor executor;
  private final HttpHandler handshake;

  GatewayUpgradeHandler(
      OriginPolicy origins,
      AuthenticateUseCase authenticate,
      Executor executor,
      HttpHandler handshake) {
    this.origins = origins;
    this.authenticate = authenticate;
    this.executor = executor;
    this.handshake = handshake;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!exchange.getRequestMethod().equals(Methods.GET)) {
      Responses.methodNotAllowed(exchange, List.of(Methods.GET));
      return;
    }
    String upgrade = exchange.getRequestHeaders().getFirst(Headers.UPGRADE);
    if (upgrade == null || !upgrade.equalsIgnoreCase("websocket")) {
      exchange.getResponseHeaders().put(Headers.UPGRADE, "websocket");
      Responses.error(exchange, ApiError.UPGRADE_REQUIRED);
      return;
    }
    RequestSource source = RequestSource.of(exchange);
    if (!origins.allows(exchange.getRequestHeaders().getFirst(Headers.ORIGIN), source)) {
      Responses.error(exchange, ApiError.ORIGIN_NOT_ALLOWED);
      return;
    }
    var client =
        new ClientInfo(
            source.clientIp(), exchange.getRequestHeaders().getFirst(Headers.USER_AGENT));
    Cookie cookie = exchange.getRequestCookie(SessionCookie.NAME);
    if (cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()) {
      exchange.putAttachment(UPGRADE, new Upgrade(client, null));
      handshake.handleRequest(exchange);
      return;
    }
    Blocking.run(
        exchange,
        executor,
        () -> {
          Caller caller = authenticate.authenticate(cookie.getValue(), client).orElse(null);
          exchange.putAttachment(UPGRADE, new Upgrade(client, caller));
          try {
            handshake.handleRequest(exchange);
          } catch (Exception failure) {
            throw new IllegalStateException("WebSocket handshake failed", failure);
          }
        });
  }
}
