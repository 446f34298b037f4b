package chat.decentra.adapter.undertow;

import chat.decentra.application.GuildApplication;
import chat.decentra.application.testing.TestApplication;
import chat.decentra.application.testing.guild.TestGuildApplication;
import io.undertow.server.HttpHandler;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** The whole application on in-memory adapters behind the real web adapter on a free port. */
final class TestServer implements AutoCloseable {

  final TestApplication app;

  /** The guild side, on the same accounts, clock and event bus. */
  final TestGuildApplication guilds;

  final WebSettings settings;
  final DecentraWeb web;
  final UndertowServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);

  private TestServer(
      TestApplication app,
      TestGuildApplication guilds,
      WebSettings settings,
      UseCasesCustomizer customizer,
      UnaryOperator<HttpHandler> front) {
    this.app = app;
    this.guilds = guilds;
    this.settings = settings;
    this.web =
        DecentraWeb.rootHandler(
            customizer.customize(useCases(app, guilds.app, executor)), settings);
    this.server = UndertowServer.start(settings, front.apply(web));
  }

  /** Changes use cases before the web adapter gets them, to simulate failures. */
  @FunctionalInterface
  interface UseCasesCustomizer {
    UseCases customize(UseCases useCases);
  }

  static TestServer start() {
    return start(new TestApplication(), testSettings());
  }

  static TestServer start(WebSettings settings) {
    return start(new TestApplication(), settings);
  }

  /** The given accounts (an invite-only instance, unless said otherwise) with guilds on them. */
  static TestServer start(TestApplication app, WebSettings settings) {
    return startWithGuilds(new TestGuildApplication(app), settings);
  }

  static TestServer start(WebSettings settings, UseCasesCustomizer customizer) {
    var guilds = new TestGuildApplication(new TestApplication());
    return new TestServer(guilds.accounts, guilds, settings, customizer, web -> web);
  }

  /** With another handler in front that delegates to Decentra, as a launcher's may. */
  static TestServer startBehind(
      WebSettings settings, UseCasesCustomizer customizer, UnaryOperator<HttpHandler> front) {
    var guilds = new TestGuildApplication(new TestApplication());
    return new TestServer(guilds.accounts, guilds, settings, customizer, front);
  }

  /** Accounts and guilds side by side, sharing users, clock and event bus. */
  static TestServer startWithGuilds(TestGuildApplication guilds, WebSettings settings) {
    return new TestServer(guilds.accounts, guilds, settings, useCases -> useCases, web -> web);
  }

  /** Loopback, a free port, and limits generous enough that tests do not trip them by accident. */
  static WebSettings testSettings() {
    return WebSettings.loopbackEphemeral().withAuthAttemptsPerMinute(1000);
  }

  static UseCases useCases(
      TestApplication test, GuildApplication guilds, java.util.concurrent.Executor executor) {
    return UseCases.of(test.app, guilds, test.eventBus, executor);
  }

  int port() {
    return server.port();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  /** The origin a browser on this server's page would send. */
  String origin() {
    return "http://127.0.0.1:" + port();
  }

  Http http() {
    return new Http(this);
  }

  @Override
  public void close() {
    server.close();
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
