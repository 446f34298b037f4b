package chat.decentra.adapter.undertow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.adapter.undertow.Accounts.Account;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GatewayIT {

  private TestServer server = TestServer.start();
  private Http http = server.http();

  @AfterEach
  void stop() {
    server.close();
  }

  private void restartWith(GatewaySettings gateway) throws InterruptedException {
    server.close();
    server = TestServer.start(TestServer.testSettings().withGateway(gateway));
    http = server.http();
  }

  private String currentSessionId(Account account) {
    for (var session :
        http.get("/api/v1/users/@me/sessions").bearer(account.token()).send().json()) {
      if (session.path("current").asBoolean()) {
        return session.path("id").asText();
      }
    }
    throw new AssertionError("no current session");
  }

  @Test
  void helloThenIdentifyThenReady() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.open(server);
    assertThat(socket.nextText(5000))
        .isEqualTo("{\"op\":\"hello\",\"d\":{\"protocol\":1,\"heartbeat_interval\":20000}}");
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + alice.token() + "\"}}");
    var ready = socket.next();
    assertThat(ready.path("op").asText()).isEqualTo("dispatch");
    assertThat(ready.path("t").asText()).isEqualTo("READY");
    assertThat(ready.path("s").asInt()).isEqualTo(1);
    assertThat(ready.path("d").path("session_id").asText()).isEqualTo(currentSessionId(alice));
    assertThat(ready.path("d").path("user").path("username").asText()).isEqualTo("alice");
    assertThat(ready.path("d").path("user").path("admin").asBoolean()).isTrue();
  }

  @Test
  void aBrowserWithTheCookieIsReadyRightAfterHello() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket =
        TestSocket.open(
            server,
            Map.of("Cookie", "decentra_session=" + alice.token(), "Origin", server.origin()));
    assertThat(socket.next().path("op").asText()).isEqualTo("hello");
    assertThat(socket.next().path("t").asText()).isEqualTo("READY");
  }

  @Test
  void aStaleCookieStillLetsTheClientIdentify() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.open(server, Map.of("Cookie", "decentra_session=stale"));
    assertThat(socket.next().path("op").asText()).isEqualTo("hello");
    assertThat(socket.nextText(200)).isNull();
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + alice.token() + "\"}}");
    assertThat(socket.next().path("t").asText()).isEqualTo("READY");
  }

  @Test
  void aSocketThatNeverIdentifiesIsClosedWith4003HavingHeardOnlyHello()
      throws InterruptedException {
    restartWith(GatewaySettings.defaults().withIdentifyTimeout(Duration.ofMillis(300)));
    TestSocket socket = TestSocket.open(server);
    socket.send("{\"op\":\"heartbeat\"}");
    assertThat(socket.closeCode()).isEqualTo(4003);
    assertThat(socket.frames).hasSize(1);
    assertThat(socket.frames.peek()).contains("\"op\":\"hello\"");
  }

  @Test
  void aWrongTokenCloses4004() {
    TestSocket socket = TestSocket.open(server);
    socket.next();
    socket.send(
        "{\"op\":\"identify\",\"d\":{\"token\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}}");
    assertThat(socket.closeCode()).isEqualTo(4004);
  }

  @Test
  void aSecondIdentifyCloses4005() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    socket.send("{\"op\":\"identify\",\"d\":{\"token\":\"" + alice.token() + "\"}}");
    assertThat(socket.closeCode()).isEqualTo(4005);
  }

  @Test
  void heartbeatsAreAcknowledgedAndRequestsGetTypedErrors() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    socket.send("{\"op\":\"heartbeat\"}");
    assertThat(socket.nextText(5000)).isEqualTo("{\"op\":\"heartbeat_ack\"}");
    socket.send("{\"op\":\"request\",\"id\":\"req-1\",\"t\":\"SEND_MESSAGE\",\"d\":{}}");
    var error = socket.next();
    assertThat(error.path("op").asText()).isEqualTo("error");
    assertThat(error.path("id").asText()).isEqualTo("req-1");
    assertThat(error.path("d").path("code").asText()).isEqualTo("unknown_request");
  }

  @Test
  void requestsBeforeAuthenticationClose4003() {
    TestSocket socket = TestSocket.open(server);
    socket.next();
    socket.send("{\"op\":\"request\",\"id\":\"1\",\"t\":\"X\"}");
    assertThat(socket.closeCode()).isEqualTo(4003);
  }

  @Test
  void malformedFramesClose4001() {
    TestSocket socket = TestSocket.open(server);
    socket.next();
    socket.send("this is not json");
    assertThat(socket.closeCode()).isEqualTo(4001);
  }

  @Test
  void framesOver16KibClose1009() {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    socket.send("{\"op\":\"heartbeat\",\"pad\":\"" + "x".repeat(17 * 1024) + "\"}");
    assertThat(socket.closeCode()).isEqualTo(1009);
  }

  @Test
  void foreignOriginsAreRefusedAtTheUpgrade() {
    assertThatThrownBy(() -> TestSocket.open(server, Map.of("Origin", "https://evil.example")))
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            WebSocketHandshakeException.class,
            refused -> assertThat(refused.getResponse().statusCode()).isEqualTo(403));
  }

  @Test
  void ourOwnOriginIsAccepted() {
    TestSocket socket = TestSocket.open(server, Map.of("Origin", server.origin()));
    assertThat(socket.next().path("op").asText()).isEqualTo("hello");
  }

  @Test
  void profileChangesReachEverySocketOfTheUserWithTheirOwnSequence() {
    Account alice = Accounts.first(http, "alice");
    Account bob = Accounts.invited(http, alice, "bob");
    TestSocket first = TestSocket.ready(server, alice.token());
    TestSocket second = TestSocket.ready(server, alice.token());
    TestSocket bobs = TestSocket.ready(server, bob.token());

    var answer =
        http.patch("/api/v1/users/@me")
            .bearer(alice.token())
            .json("{\"display_name\":\"Alice\"}")
            .send();
    assertThat(answer.status()).isEqualTo(200);

    for (TestSocket socket : new TestSocket[] {first, second}) {
      var update = socket.next();
      assertThat(update.path("t").asText()).isEqualTo("USER_UPDATE");
      assertThat(update.path("s").asInt()).isEqualTo(2);
      assertThat(update.path("d").path("display_name").asText()).isEqualTo("Alice");
      assertThat(update.path("d").path("id").asText()).isEqualTo(alice.id());
    }
    assertThat(bobs.nextText(200)).isNull();
  }

  @Test
  void loggingOutClosesTheSessionsSocketsWith4010() {
    Account alice = Accounts.first(http, "alice");
    String otherToken =
        http.post("/api/v1/auth/login")
            .json("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
            .send()
            .json()
            .path("token")
            .asText();
    TestSocket loggingOut = TestSocket.ready(server, alice.token());
    TestSocket staying = TestSocket.ready(server, otherToken);

    assertThat(http.post("/api/v1/auth/logout").bearer(alice.token()).send().status())
        .isEqualTo(204);

    assertThat(loggingOut.closeCode()).isEqualTo(4010);
    staying.send("{\"op\":\"heartbeat\"}");
    assertThat(staying.nextText(5000)).isEqualTo("{\"op\":\"heartbeat_ack\"}");
  }

  @Test
  void changingThePasswordClosesTheOtherSessionsSockets() {
    Account alice = Accounts.first(http, "alice");
    String otherToken =
        http.post("/api/v1/auth/login")
            .json("{\"username\":\"alice\",\"password\":\"" + Accounts.PASSWORD + "\"}")
            .send()
            .json()
            .path("token")
            .asText();
    TestSocket other = TestSocket.ready(server, otherToken);
    http.post("/api/v1/users/@me/password")
        .bearer(alice.token())
        .json(
            "{\"old_password\":\""
                + Accounts.PASSWORD
                + "\",\"new_password\":\"new password 123\"}")
        .send();
    assertThat(other.closeCode()).isEqualTo(4010);
  }

  @Test
  void silentSocketsAreClosedWith4009() throws InterruptedException {
    restartWith(GatewaySettings.defaults().withIdleTimeout(Duration.ofMillis(400)));
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    assertThat(socket.closeCode()).isEqualTo(4009);
  }

  @Test
  void floodingSocketsAreClosedWith4008() throws InterruptedException {
    restartWith(GatewaySettings.defaults().withFrameRate(5, Duration.ofMinutes(1)));
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    for (int i = 0; i < 5 && socket.isOpen(); i++) {
      socket.send("{\"op\":\"heartbeat\"}");
    }
    assertThat(socket.closeCode()).isEqualTo(4008);
  }

  @Test
  void closedSocketsLeaveNothingBehind() throws InterruptedException {
    Account alice = Accounts.first(http, "alice");
    TestSocket socket = TestSocket.ready(server, alice.token());
    assertThat(server.web.openGatewayConnections()).isEqualTo(1);
    socket.abort();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.web.openGatewayConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.web.openGatewayConnections()).isZero();
  }
}
