package chat.decentra.adapter.undertow.web;

import chat.decentra.adapter.undertow.http.ApiError;
import chat.decentra.adapter.undertow.http.Blocking;
import chat.decentra.adapter.undertow.http.Responses;
import chat.decentra.adapter.undertow.http.Router;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The browser client: its pages ({@code /}, {@code /login}, {@code /signup}, {@code
 * /invite/{code}}, {@code /app/**}), which all are {@code index.html} and route in the browser, and
 * its files under {@code /static/}, both from {@code decentra/webclient/} on the classpath.
 */
public final class WebClient {

  static final String RESOURCE_ROOT = "decentra/webclient/";
  private static final String INDEX = "index.html";

  private final ClasspathFiles files;
  private final Executor executor;

  private WebClient(ClasspathFiles files, Executor executor) {
    this.files = files;
    this.executor = executor;
  }

  /** The client from the classpath of this adapter; blocking reads run on the executor. */
  public static WebClient fromClasspath(Executor executor) {
    return new WebClient(
        new ClasspathFiles(WebClient.class.getClassLoader(), RESOURCE_ROOT), executor);
  }

  /** The pages; everything else not routed elsewhere is 404. */
  public HttpHandler pages() {
    HttpHandler index = exchange -> serve(exchange, INDEX);
    return Router.builder()
        .read("/", index)
        .read("/login", index)
        .read("/signup", index)
        .read("/invite/{code}", index)
        .read("/app", index)
        .read("/app/**", index)
        .build();
  }

  /** The files below {@code /static}, relative to it. */
  public HttpHandler staticFiles() {
    return Router.builder()
        .read("/**", exchange -> serve(exchange, "static" + exchange.getRelativePath()))
        .build();
  }

  private void serve(HttpServerExchange exchange, String path) {
    if (!ClasspathFiles.isServable(path)) {
      Responses.error(exchange, ApiError.NOT_FOUND);
      return;
    }
    Optional<StaticFile> cached = files.cached(path);
    if (cached.isPresent()) {
      FileResponder.send(exchange, cached.get());
      return;
    }
    Blocking.run(
        exchange,
        executor,
        () ->
            files
                .load(path)
                .ifPresentOrElse(
                    file -> FileResponder.send(exchange, file),
                    () -> Responses.error(exchange, ApiError.NOT_FOUND)));
  }
}
