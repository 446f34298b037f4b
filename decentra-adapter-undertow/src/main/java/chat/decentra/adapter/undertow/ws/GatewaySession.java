package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.GatewaySettings;
import chat.decentra.adapter.undertow.json.GuildViewJson;
import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.UserJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import chat.decentra.domain.id.GuildId;
import chat.decentra.domain.user.User;
import chat.decentra.domain.user.UserId;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One gateway socket's conversation (docs/protocol.md): hello, authentication, heartbeats, requests
 * and events, with its limits and timers. Its state lives on the socket's IO thread; only {@link
 * #dispatch} and {@link #closeFromAnyThread} are called from elsewhere, and they hop over. Between
 * authentication and {@code READY} the socket already hears events, and holds them back until
 * {@code READY} has gone out, so that none falls between the two.
 */
final class GatewaySession {

  private static final System.Logger LOG = System.getLogger(GatewaySession.class.getName());

  private enum State {
    AWAITING_IDENTIFY,
    AUTHENTICATING,
    /** Authenticated; {@code READY} is being put together, events wait behind it. */
    PREPARING,
    READY,
    CLOSED
  }

  private final SocketConnection connection;
  private final GatewaySettings settings;
  private final SocketRegistry registry;
  private final TokenCheck tokens;
  private final ClientInfo client;
  private final ReadyGuilds readyGuilds;
  private final LongSupplier nanoClock;
  private final Outbound outbound;
  private final FrameRateLimit rate;
  private final Liveness liveness;

  /** The guilds this socket follows, as far as it was told; kept by {@link GuildFanout}. */
  private final Map<GuildId, KnownGuild> guilds = new ConcurrentHashMap<>();

  private final List<PreparedEvent> heldBack = new ArrayList<>();
  private State state = State.AWAITING_IDENTIFY;
  private volatile Caller caller;
  private volatile boolean open = true;
  private long sequence;
  private SocketConnection.Cancellable identifyTimer = SocketConnection.Cancellable.NONE;

  GatewaySession(
      SocketConnection connection,
      GatewaySettings settings,
      SocketRegistry registry,
      TokenCheck tokens,
      ClientInfo client,
      ReadyGuilds readyGuilds,
      LongSupplier nanoClock) {
    this.connection = connection;
    this.settings = settings;
    this.registry = registry;
    this.tokens = tokens;
    this.client = client;
    this.readyGuilds = readyGuilds;
    this.nanoClock = nanoClock;
    this.outbound =
        new Outbound(settings.maxQueuedFrames(), (frame, done) -> connection.write(frame, done));
    this.rate = new FrameRateLimit(settings.maxFramesPerWindow(), settings.rateWindow().toNanos());
    this.liveness =
        new Liveness(
            connection,
            settings.idleTimeout(),
            settings.pingInterval(),
            nanoClock,
            () -> close(CloseCodes.TIMED_OUT, "timed out"));
  }

  /** Says hello; a socket whose upgrade carried a valid cookie is ready at once. */
  void start(Optional<Caller> authenticatedAtUpgrade) {
    registry.opened(this);
    liveness.start();
    send(ServerFrames.hello(settings));
    if (authenticatedAtUpgrade.isPresent()) {
      becomeReady(authenticatedAtUpgrade.get());
    } else {
      identifyTimer = connection.schedule(this::identifyTimedOut, settings.identifyTimeout());
    }
  }

  /** A complete text frame from the client. */
  void onText(String text) {
    if (state == State.CLOSED) {
      return;
    }
    long now = nanoClock.getAsLong();
    liveness.frameArrived(now);
    if (!rate.tryAcquire(now)) {
      close(CloseCodes.RATE_LIMITED, "rate limited");
      return;
    }
    ClientFrame frame;
    try {
      frame = ClientFrame.decode(text);
    } catch (InvalidJsonException malformed) {
      close(CloseCodes.MALFORMED, "malformed frame");
      return;
    }
    switch (frame) {
      case ClientFrame.Heartbeat heartbeat -> {
        // Before authentication a socket hears nothing but hello.
        if (isAuthenticated()) {
          send(ServerFrames.heartbeatAck());
        }
      }
      case ClientFrame.Identify(String token) -> identify(token);
      case ClientFrame.Request request -> answer(request);
    }
  }

  /** A binary frame: the protocol has none. */
  void onBinary() {
    close(CloseCodes.MALFORMED, "frames are JSON text");
  }

  /**
   * Reading failed. When Undertow has already sent a close (1009 for a frame too large), the client
   * gets a moment to read it; otherwise the connection is dropped.
   */
  void onReadError(boolean closeFrameSent) {
    boolean first = stop();
    if (!closeFrameSent) {
      connection.abort();
    } else if (first) {
      connection.abortAfter(settings.closeGrace());
    }
  }

  /** The connection is gone. */
  void onClosed() {
    stop();
  }

  /**
   * Sends an event with this socket's next sequence number, after {@code READY}; from any thread.
   * An event held back until {@code READY} keeps its place in the outbound queue meanwhile.
   */
  void dispatch(PreparedEvent event) {
    if (!outbound.reserve()) {
      closeFromAnyThread(CloseCodes.TOO_SLOW, "too far behind");
      return;
    }
    connection.execute(
        () -> {
          switch (state) {
            case READY -> outbound.write(event.frame(++sequence));
            case PREPARING -> heldBack.add(event);
            case AWAITING_IDENTIFY, AUTHENTICATING, CLOSED -> outbound.release();
          }
        });
  }

  /** The user the socket authenticated as; only for sockets in the registry. */
  User user() {
    return caller.user();
  }

  UserId userId() {
    return caller.user().id();
  }

  /** False once the socket has closed; from any thread. */
  boolean isOpen() {
    return open;
  }

  /** The guilds this socket follows; only {@link GuildFanout} and the registry use it. */
  Map<GuildId, KnownGuild> guilds() {
    return guilds;
  }

  /** Closes the socket with the code; from any thread. */
  void closeFromAnyThread(int code, String reason) {
    connection.execute(() -> close(code, reason));
  }

  private void identify(String token) {
    if (state != State.AWAITING_IDENTIFY) {
      close(CloseCodes.ALREADY_AUTHENTICATED, "already authenticated");
      return;
    }
    state = State.AUTHENTICATING;
    tokens
        .authenticate(token, client)
        .whenComplete(
            (result, failure) ->
                connection.execute(
                    () -> {
                      if (failure != null) {
                        LOG.log(Level.ERROR, "gateway authentication failed", failure);
                        close(CloseCodes.UNKNOWN_ERROR, "internal error");
                      } else {
                        authenticated(result);
                      }
                    }));
  }

  private void authenticated(Optional<Caller> result) {
    if (state != State.AUTHENTICATING) {
      return;
    }
    if (result.isEmpty()) {
      close(CloseCodes.AUTHENTICATION_FAILED, "authentication failed");
      return;
    }
    becomeReady(result.get());
  }

  /**
   * Joins the registry at once, so that events start to arrive (held back for now), then asks for
   * the user's guilds off the IO thread and sends {@code READY} with them, then what was held back.
   */
  private void becomeReady(Caller signedIn) {
    state = State.PREPARING;
    caller = signedIn;
    identifyTimer.cancel();
    if (!registry.authenticated(this, signedIn)) {
      close(CloseCodes.SESSION_REVOKED, "session revoked");
      return;
    }
    readyGuilds
        .subscribe(this)
        .whenComplete(
            (views, failure) -> connection.execute(() -> ready(signedIn, views, failure)));
  }

  private void ready(Caller signedIn, List<GuildViewJson> views, Throwable failure) {
    if (state != State.PREPARING) {
      return;
    }
    if (failure != null) {
      LOG.log(Level.ERROR, "gateway could not prepare READY", failure);
      close(CloseCodes.UNKNOWN_ERROR, "internal error");
      return;
    }
    state = State.READY;
    var ready =
        new ReadyJson(signedIn.sessionId().toString(), UserJson.self(signedIn.user()), views);
    send(PreparedEvent.of("READY", ready).frame(++sequence));
    for (PreparedEvent event : heldBack) {
      outbound.write(event.frame(++sequence));
    }
    heldBack.clear();
    liveness.startPinging();
  }

  private boolean isAuthenticated() {
    return state == State.PREPARING || state == State.READY;
  }

  private void answer(ClientFrame.Request request) {
    if (!isAuthenticated()) {
      close(CloseCodes.NOT_AUTHENTICATED, "not authenticated");
      return;
    }
    send(ServerFrames.error(request.id(), "unknown_request", "Unknown request type."));
  }

  private void identifyTimedOut() {
    if (state == State.AWAITING_IDENTIFY) {
      close(CloseCodes.NOT_AUTHENTICATED, "not authenticated in time");
    }
  }

  private void send(ByteBuffer frame) {
    if (!outbound.reserve()) {
      close(CloseCodes.TOO_SLOW, "too far behind");
      return;
    }
    outbound.write(frame);
  }

  private void close(int code, String reason) {
    if (stop()) {
      connection.close(code, reason, settings.closeGrace());
    }
  }

  /** Leaves the registry and stops the timers; true the first time. */
  private boolean stop() {
    if (state == State.CLOSED) {
      return false;
    }
    state = State.CLOSED;
    open = false;
    heldBack.clear();
    identifyTimer.cancel();
    liveness.stop();
    registry.closed(this, caller);
    return true;
  }
}
