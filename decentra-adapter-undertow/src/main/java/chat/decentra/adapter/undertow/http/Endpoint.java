package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.OriginPolicy;
import chat.decentra.adapter.undertow.edge.RequestSource;
import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.Json;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.application.port.in.account.AuthenticateUseCase;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One API operation. On the IO thread it checks origin, content type and size and reads and parses
 * the body without blocking; then, on the executor, it authenticates when the operation needs a
 * session and runs it.
 */
final class Endpoint implements HttpHandler {

  /** An operation that anyone may call. */
  @FunctionalInterface
  interface PublicCall {
    Reply handle(ApiRequest request);
  }

  /** An operation that needs a signed-in caller. */
  @FunctionalInterface
  interface SessionCall {
    Reply handle(Caller caller, ApiRequest request);
  }

  private final BodyKind body;
  private final boolean needsSession;
  private final SessionCall call;
  private final Executor executor;
  private final AuthenticateUseCase authenticate;
  private final OriginPolicy origins;

  Endpoint(
      BodyKind body,
      boolean needsSession,
      SessionCall call,
      Executor executor,
      AuthenticateUseCase authenticate,
      OriginPolicy origins) {
    this.body = body;
    this.needsSession = needsSession;
    this.call = call;
    this.executor = executor;
    this.authenticate = authenticate;
    this.origins = origins;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) {
    Credentials credentials = Credentials.of(exchange);
    boolean unsafe = !isSafe(exchange.getRequestMethod());
    // Browsers cannot set Authorization across origins without CORS, which we never grant, so
    // only requests that may ride on the cookie need the origin and content-type defences.
    if (unsafe
        && credentials.kind() != Credentials.Kind.BEARER
        && !origins.allows(
            exchange.getRequestHeaders().getFirst(Headers.ORIGIN), RequestSource.of(exchange))) {
      Responses.error(exchange, ApiError.ORIGIN_NOT_ALLOWED);
      return;
    }
    long length = exchange.getRequestContentLength();
    boolean hasBody =
        length > 0 || exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
    boolean needsJsonType = body != BodyKind.IMAGE && (hasBody || (unsafe && credentials.cookie()));
    if (needsJsonType && !isJson(exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE))) {
      Responses.error(exchange, ApiError.UNSUPPORTED_MEDIA_TYPE);
      return;
    }
    if (length > body.limit) {
      Responses.error(exchange, ApiError.PAYLOAD_TOO_LARGE);
      return;
    }
    if (!hasBody) {
      decoded(exchange, credentials, new byte[0]);
      return;
    }
    BodyReader.read(exchange, body.limit, (ex, bytes) -> decoded(ex, credentials, bytes));
  }

  /** On the IO thread: parse, then hand over to the executor. */
  private void decoded(HttpServerExchange exchange, Credentials credentials, byte[] bytes) {
    JsonObject json;
    List<JsonObject> items;
    try {
      json = parse(bytes);
      items = parseItems(bytes);
    } catch (InvalidJsonException malformed) {
      Responses.error(exchange, ApiError.INVALID_JSON.withMessage(malformed.getMessage()));
      return;
    }
    var source = RequestSource.of(exchange);
    var request =
        new ApiRequest(
            source,
            new ClientInfo(
                source.clientIp(), exchange.getRequestHeaders().getFirst(Headers.USER_AGENT)),
            credentials,
            Router.parameters(exchange),
            exchange.getQueryParameters(),
            exchange.getRequestHeaders(),
            json,
            items,
            body == BodyKind.IMAGE ? bytes : new byte[0]);
    Blocking.run(exchange, executor, () -> execute(request).send(exchange));
  }

  /** On the executor. */
  private Reply execute(ApiRequest request) {
    try {
      if (!needsSession) {
        return call.handle(null, request);
      }
      Optional<Caller> caller =
          request.credentials().present()
              ? authenticate.authenticate(request.credentials().token(), request.client())
              : Optional.empty();
      return caller
          .map(signedIn -> call.handle(signedIn, request))
          .orElseGet(() -> Reply.error(ApiError.UNAUTHORIZED));
    } catch (InvalidJsonException wrongShape) {
      return Reply.error(ApiError.INVALID_JSON.withMessage(wrongShape.getMessage()));
    } catch (RequestRejected rejected) {
      return Reply.error(rejected.error());
    }
  }

  private JsonObject parse(byte[] bytes) {
    return switch (body) {
      case JSON -> bytes.length == 0 ? failEmpty() : Json.parseObject(bytes);
      case OPTIONAL_JSON -> bytes.length == 0 ? JsonObject.empty() : Json.parseObject(bytes);
      case NONE, IMAGE, JSON_ARRAY -> JsonObject.empty();
    };
  }

  private List<JsonObject> parseItems(byte[] bytes) {
    if (body != BodyKind.JSON_ARRAY) {
      return List.of();
    }
    if (bytes.length == 0) {
      throw new InvalidJsonException("The body is empty; send a JSON array.");
    }
    return Json.parseArrayOfObjects(bytes);
  }

  private static JsonObject failEmpty() {
    throw new InvalidJsonException("The body is empty; send a JSON object.");
  }

  private static boolean isSafe(HttpString method) {
    return method.equals(Methods.GET) || method.equals(Methods.HEAD);
  }

  /** {@code application/json}, with no charset or UTF-8. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
      if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
        return false;
      }
    }
    return true;
  }
}
