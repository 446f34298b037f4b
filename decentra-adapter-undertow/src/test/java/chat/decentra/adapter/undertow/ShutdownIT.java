package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.server.HttpHandler;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShutdownIT {

  /** A stand-in for a launcher's handler that answers alone while starting, then delegates. */
  private static UnaryOperator<HttpHandler> frontHandler(boolean behindAnotherHandler) {
    if (!behindAnotherHandler) {
      return web -> web;
    }
    return web -> {
      var delegate = new AtomicReference<HttpHandler>(web);
      return exchange -> delegate.get().handleRequest(exchange);
    };
  }

  @ParameterizedTest(name = "behind another handler: {0}")
  @ValueSource(booleans = {false, true})
  void shutdownLetsRequestsFinishClosesSocketsWith1001AndStopsListening(
      boolean behindAnotherHandler) throws Exception {
    var started = new CountDownLatch(1);
    try (var server =
        TestServer.startBehind(
            TestServer.testSettings(),
            useCases ->
                new UseCases(
                    useCases.signUp(),
                    useCases.logIn(),
                    useCases.authenticate(),
                    useCases.logOut(),
                    useCases.listSessions(),
                    useCases.revokeSession(),
                    useCases.changePassword(),
                    useCases.updateProfile(),
                    useCases.setAvatarImage(),
                    useCases.getUser(),
                    useCases.instanceInfo(),
                    useCases.updateInstanceSettings(),
                    useCases.invites(),
                    () -> {
                      started.countDown();
                      sleep(500);
                      return true;
                    },
                    useCases.guilds(),
                    useCases.events(),
                    useCases.executor()),
            frontHandler(behindAnotherHandler))) {
      var alice = Accounts.first(server.http(), "alice");
      TestSocket socket = TestSocket.ready(server, alice.token());
      var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      CompletableFuture<HttpResponse<String>> inFlight =
          client.sendAsync(
              HttpRequest.newBuilder(server.uri("/readyz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

      long before = System.nanoTime();
      boolean drained = server.server.shutdown(Duration.ofSeconds(10));
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));

      assertThat(drained).isTrue();
      assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(socket.closeCode()).isEqualTo(1001);
      assertThat(
              client
                  .sendAsync(
                      HttpRequest.newBuilder(server.uri("/healthz")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .handle((answer, failure) -> failure)
                  .get(5, TimeUnit.SECONDS))
          .hasStackTraceContaining(ConnectException.class.getName());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
