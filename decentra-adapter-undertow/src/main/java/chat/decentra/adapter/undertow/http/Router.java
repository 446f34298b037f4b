package chat.decentra.adapter.undertow.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes by method and path template ({@code /users/{id}/avatar}, {@code /app/**}) on the relative
 * path, answering 404 {@code not_found} and 405 {@code method_not_allowed} with {@code Allow} in
 * our JSON error form. Literal segments win over parameters, parameters over {@code **}.
 */
public final class Router implements HttpHandler {

  private static final AttachmentKey<Parameters> PARAMETERS =
      AttachmentKey.create(Parameters.class);
  private static final List<HttpString> METHOD_ORDER =
      List.of(Methods.GET, Methods.HEAD, Methods.POST, Methods.PUT, Methods.PATCH, Methods.DELETE);

  private final List<Route> routes;

  private Router(List<Route> routes) {
    this.routes = routes.stream().sorted(Comparator.comparing(Route::template)).toList();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The value of a {@code {name}} segment of the matched template, percent-decoded. */
  public static String parameter(HttpServerExchange exchange, String name) {
    return parameters(exchange).get(name);
  }

  static Map<String, String> parameters(HttpServerExchange exchange) {
    Parameters parameters = exchange.getAttachment(PARAMETERS);
    return parameters == null ? Map.of() : parameters.values();
  }

  /** One method on one path template, such as {@code PATCH /guilds/{id}}. */
  public record Operation(String method, String template) {
    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  /**
   * Every operation this router serves, so that tests can hold the routes against their own list
   * and a route added without its tests shows.
   */
  public List<Operation> operations() {
    var operations = new ArrayList<Operation>();
    for (Route route : routes) {
      for (HttpString method : route.handlers().keySet()) {
        operations.add(new Operation(method.toString(), route.template().text()));
      }
    }
    return List.copyOf(operations);
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    List<String> segments = PathTemplate.segments(exchange.getRelativePath());
    for (Route route : routes) {
      Map<String, String> parameters = route.template().match(segments);
      if (parameters == null) {
        continue;
      }
      HttpHandler handler = route.handlers().get(exchange.getRequestMethod());
      if (handler == null) {
        Responses.methodNotAllowed(exchange, route.handlers().keySet());
        return;
      }
      exchange.putAttachment(PARAMETERS, new Parameters(Map.copyOf(parameters)));
      handler.handleRequest(exchange);
      return;
    }
    Responses.error(exchange, ApiError.NOT_FOUND);
  }

  private record Parameters(Map<String, String> values) {}

  private record Route(PathTemplate template, Map<HttpString, HttpHandler> handlers) {}

  /** Collects routes; one template may have a handler per method. */
  public static final class Builder {

    private final Map<String, Map<HttpString, HttpHandler>> byTemplate = new LinkedHashMap<>();

    private Builder() {}

    public Builder route(HttpString method, String template, HttpHandler handler) {
      var handlers =
          byTemplate.computeIfAbsent(
              template, t -> new TreeMap<>(Comparator.comparingInt(Builder::methodRank)));
      if (handlers.putIfAbsent(method, handler) != null) {
        throw new IllegalArgumentException("route defined twice: " + method + " " + template);
      }
      return this;
    }

    public Builder get(String template, HttpHandler handler) {
      return route(Methods.GET, template, handler);
    }

    /** GET and HEAD, for pages and files. */
    public Builder read(String template, HttpHandler handler) {
      return route(Methods.GET, template, handler).route(Methods.HEAD, template, handler);
    }

    public Builder post(String template, HttpHandler handler) {
      return route(Methods.POST, template, handler);
    }

    public Builder put(String template, HttpHandler handler) {
      return route(Methods.PUT, template, handler);
    }

    public Builder patch(String template, HttpHandler handler) {
      return route(Methods.PATCH, template, handler);
    }

    public Builder delete(String template, HttpHandler handler) {
      return route(Methods.DELETE, template, handler);
    }

    public Router build() {
      var routes = new ArrayList<Route>();
      byTemplate.forEach(
          (template, handlers) ->
              routes.add(new Route(PathTemplate.parse(template), new LinkedHashMap<>(handlers))));
      return new Router(routes);
    }

    private static int methodRank(HttpString method) {
      int rank = METHOD_ORDER.indexOf(method);
      return rank < 0 ? METHOD_ORDER.size() + method.hashCode() : rank;
    }
  }
}
