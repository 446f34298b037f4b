package chat.decentra.adapter.undertow.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.GatewaySettings;
import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.StatusJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.domain.id.SessionId;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import chat.decentra.domain.user.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewaySessionTest {

  private static final Caller ALICE =
      new Caller(
          User.newcomer(
              new UserId(42),
              new Username("alice"),
              false,
              Optional.empty(),
              Instant.parse("2026-11-28T12:00:00Z")),
          new SessionId(7));

  private final FakeConnection connection = new FakeConnection();
  private final SocketRegistry registry = new SocketRegistry();
  private GatewaySettings settings = GatewaySettings.defaults();
  private ReadyGuilds readyGuilds = socket -> CompletableFuture.completedFuture(List.of());
  private GatewaySession session;

  @BeforeEach
  void open() {
    session = newSession();
  }

  private GatewaySession newSession() {
    var tokens =
        new TokenCheck(
            (token, client) -> token.equals("good") ? Optional.of(ALICE) : Optional.empty(),
            Runnable::run);
    return new GatewaySession(
        connection,
        settings,
        registry,
        tokens,
        new ClientInfo("203.0.113.7", "UA"),
        readyGuilds,
        () -> connection.now);
  }

  @Test
  void helloComesFirstAndIdentifyLeadsToReady() {
    session.start(Optional.empty());
    assertThat(connection.sent)
        .containsExactly("{\"op\":\"hello\",\"d\":{\"protocol\":1,\"heartbeat_interval\":20000}}");
    session.onText("{\"op\":\"identify\",\"d\":{\"token\":\"good\"}}");
    assertThat(connection.sent.get(1))
        .startsWith(
            "{\"op\":\"dispatch\",\"t\":\"READY\",\"s\":1,\"d\":{\"session_id\":\"7\",\"user\":{\"id\":\"42\"");
    assertThat(registry.ofUser(ALICE.user().id())).containsExactly(session);
    assertThat(registry.ofSession(ALICE.sessionId())).containsExactly(session);
  }

  @Test
  void aSocketAuthenticatedAtUpgradeIsReadyRightAfterHello() {
    session.start(Optional.of(ALICE));
    assertThat(connection.sent).hasSize(2);
    assertThat(connection.sent.get(1)).contains("\"t\":\"READY\",\"s\":1");
  }

  @Test
  void withoutIdentifyTheSocketClosesWith4003HavingHeardOnlyHello() {
    session.start(Optional.empty());
    session.onText("{\"op\":\"heartbeat\"}");
    connection.advance(Duration.ofSeconds(9));
    assertThat(connection.closeCode).isNull();
    connection.advance(Duration.ofSeconds(1));
    assertThat(connection.closeCode).isEqualTo(4003);
    assertThat(connection.sent).hasSize(1);
    assertThat(registry.size()).isZero();
  }

  @Test
  void aSessionRevokedWhileItsTokenWasCheckedClosesWith4010() {
    registry.revoke(ALICE.sessionId());
    session.start(Optional.empty());
    session.onText("{\"op\":\"identify\",\"d\":{\"token\":\"good\"}}");
    assertThat(connection.closeCode).isEqualTo(4010);
    assertThat(connection.sent).hasSize(1);
    assertThat(registry.ofSession(ALICE.sessionId())).isEmpty();
  }

  @Test
  void badTokenCloses4004() {
    session.start(Optional.empty());
    session.onText("{\"op\":\"identify\",\"d\":{\"token\":\"bad\"}}");
    assertThat(connection.closeCode).isEqualTo(4004);
  }

  @Test
  void secondIdentifyCloses4005() {
    session.start(Optional.of(ALICE));
    session.onText("{\"op\":\"identify\",\"d\":{\"token\":\"good\"}}");
    assertThat(connection.closeCode).isEqualTo(4005);
  }

  @Test
  void requestsBeforeAuthenticationClose4003() {
    session.start(Optional.empty());
    session.onText("{\"op\":\"request\",\"id\":\"1\",\"t\":\"X\"}");
    assertThat(connection.closeCode).isEqualTo(4003);
  }

  @Test
  void malformedFramesClose4001() {
    session.start(Optional.of(ALICE));
    session.onText("{\"op\":\"dance\"}");
    assertThat(connection.closeCode).isEqualTo(4001);
  }

  @Test
  void heartbeatsAreAcknowledgedAndRequestsAnsweredWithUnknownRequest() {
    session.start(Optional.of(ALICE));
    session.onText("{\"op\":\"heartbeat\"}");
    session.onText("{\"op\":\"request\",\"id\":\"r1\",\"t\":\"X\",\"d\":{}}");
    assertThat(connection.sent.subList(2, 4))
        .containsExactly(
            "{\"op\":\"heartbeat_ack\"}",
            "{\"op\":\"error\",\"id\":\"r1\",\"d\":{\"code\":\"unknown_request\",\"message\":\"Unknown request type.\"}}");
  }

  @Test
  void silenceFor45SecondsCloses4009ButHeartbeatsKeepTheSocketAlive() {
    session.start(Optional.of(ALICE));
    for (int i = 0; i < 5; i++) {
      connection.advance(Duration.ofSeconds(20));
      session.onText("{\"op\":\"heartbeat\"}");
    }
    assertThat(connection.closeCode).isNull();
    connection.advance(Duration.ofSeconds(45));
    assertThat(connection.closeCode).isEqualTo(4009);
  }

  @Test
  void readySocketsArePingedEvery20Seconds() {
    session.start(Optional.of(ALICE));
    connection.advance(Duration.ofSeconds(41));
    assertThat(connection.pings).isEqualTo(2);
  }

  @Test
  void moreThanTheFrameLimitPerWindowCloses4008() {
    settings = settings.withFrameRate(5, Duration.ofSeconds(60));
    session = newSession();
    session.start(Optional.of(ALICE));
    for (int i = 0; i < 5; i++) {
      session.onText("{\"op\":\"heartbeat\"}");
    }
    assertThat(connection.closeCode).isNull();
    session.onText("{\"op\":\"heartbeat\"}");
    assertThat(connection.closeCode).isEqualTo(4008);
  }

  @Test
  void eventsCarryConsecutiveSequenceNumbers() {
    session.start(Optional.of(ALICE));
    var event = PreparedEvent.of("USER_UPDATE", new StatusJson("x"));
    session.dispatch(event);
    session.dispatch(event);
    assertThat(connection.sent.get(2)).contains("\"s\":2");
    assertThat(connection.sent.get(3)).contains("\"s\":3");
  }

  @Test
  void eventsAreNotSentBeforeReady() {
    session.start(Optional.empty());
    session.dispatch(PreparedEvent.of("USER_UPDATE", new StatusJson("x")));
    assertThat(connection.sent).hasSize(1);
  }

  @Test
  void eventsThatArriveWhileReadyIsPreparedFollowItInOrder() {
    var guilds = new CompletableFuture<List<GuildViewJson>>();
    readyGuilds = socket -> guilds;
    session = newSession();
    session.start(Optional.of(ALICE));
    session.dispatch(PreparedEvent.of("GUILD_CREATE", new StatusJson("first")));
    session.dispatch(PreparedEvent.of("GUILD_UPDATE", new StatusJson("second")));
    assertThat(connection.sent).hasSize(1);
    assertThat(registry.ofUser(ALICE.user().id())).containsExactly(session);

    guilds.complete(List.of());
    assertThat(connection.sent).hasSize(4);
    assertThat(connection.sent.get(1))
        .contains("\"t\":\"READY\",\"s\":1")
        .contains("\"guilds\":[]");
    assertThat(connection.sent.get(2)).contains("\"t\":\"GUILD_CREATE\",\"s\":2");
    assertThat(connection.sent.get(3)).contains("\"t\":\"GUILD_UPDATE\",\"s\":3");
  }

  @Test
  void aSocketWhoseReadyCannotBePreparedCloses4000() {
    readyGuilds = socket -> CompletableFuture.failedFuture(new IllegalStateException("db down"));
    session = newSession();
    session.start(Optional.of(ALICE));
    assertThat(connection.closeCode).isEqualTo(4000);
    assertThat(connection.sent).hasSize(1);
    assertThat(registry.size()).isZero();
  }

  @Test
  void aSocketClosedWhileReadyIsPreparedSendsNothingMore() {
    var guilds = new CompletableFuture<List<GuildViewJson>>();
    readyGuilds = socket -> guilds;
    session = newSession();
    session.start(Optional.of(ALICE));
    session.dispatch(PreparedEvent.of("GUILD_CREATE", new StatusJson("x")));
    session.closeFromAnyThread(4010, "session revoked");
    guilds.complete(List.of());
    assertThat(connection.sent).hasSize(1);
    assertThat(session.isOpen()).isFalse();
  }

  @Test
  void aSocketThatFallsBehindCloses4011() {
    session.start(Optional.of(ALICE));
    connection.holdWrites = true;
    var event = PreparedEvent.of("USER_UPDATE", new StatusJson("x"));
    for (int i = 0; i < settings.maxQueuedFrames(); i++) {
      session.dispatch(event);
    }
    assertThat(connection.closeCode).isNull();
    session.dispatch(event);
    assertThat(connection.closeCode).isEqualTo(4011);
  }

  @Test
  void closingLeavesTheRegistry() {
    session.start(Optional.of(ALICE));
    session.closeFromAnyThread(4010, "session revoked");
    assertThat(connection.closeCode).isEqualTo(4010);
    assertThat(registry.ofUser(ALICE.user().id())).isEmpty();
    assertThat(registry.size()).isZero();
  }

  @Test
  void aReadErrorAfterUndertowSentCloseLeavesTimeToReadIt() {
    session.start(Optional.of(ALICE));
    session.onReadError(true);
    assertThat(connection.aborted).isFalse();
    connection.advance(settings.closeGrace());
    assertThat(connection.aborted).isTrue();
  }
}
