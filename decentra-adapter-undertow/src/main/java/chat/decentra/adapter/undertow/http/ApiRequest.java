package chat.decentra.adapter.undertow.http;

import chat.decentra.adapter.undertow.edge.RequestSource;
import chat.decentra.adapter.undertow.json.JsonObject;
import chat.decentra.application.port.in.account.ClientInfo;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an endpoint sees of a request, decoded on the IO thread before the endpoint runs on the
 * executor.
 *
 * @param json the body of a route that takes an object ({@code {}} otherwise)
 * @param items the body of a route that takes an array of objects (empty otherwise)
 * @param bytes the body of an image upload (empty otherwise)
 */
record ApiRequest(
    RequestSource source,
    ClientInfo client,
    Credentials credentials,
    Map<String, String> parameters,
    Map<String, Deque<String>> query,
    HeaderMap headers,
    JsonObject json,
    List<JsonObject> items,
    byte[] bytes) {

  ApiRequest {
    items = List.copyOf(items);
  }

  /** A {@code {name}} segment of the route; present whenever the route has it. */
  String parameter(String name) {
    String value = parameters.get(name);
    if (value == null) {
      throw new IllegalStateException("route has no parameter " + name);
    }
    return value;
  }

  Optional<String> query(String name) {
    Deque<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  Optional<String> header(HttpString name) {
    return Optional.ofNullable(headers.getFirst(name));
  }
}
