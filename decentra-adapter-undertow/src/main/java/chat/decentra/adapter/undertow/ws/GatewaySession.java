package chat.decentra.adapter.undertow.ws;

import chat.decentra.adapter.undertow.GatewaySettings;
import chat.decentra.adapter.undertow.json.InvalidJsonException;
import chat.decentra.adapter.undertow.json.UserJson;
import chat.decentra.application.port.in.account.Caller;
import chat.decentra.application.port.in.account.ClientInfo;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * One gateway socket's conversation (docs/protocol.md): hello, authentication, heartbeats, requests
 * and events, with its limits and timers. Its state lives on the socket's IO thread; only {@link
 * #dispatch} and {@link #closeFromAnyThread} are called from elsewhere, and they hop over.
 */
final class GatewaySession {

  private static final System.Logger LOG = System.getLogger(GatewaySession.class.getName());

  private enum State {
    AWAITING_IDENTIFY,
    AUTHENTICATING,
    READY,
    CLOSED
  }

  private final SocketConnection connection;
  private final GatewaySettings settings;
  private final SocketRegistry registry;
  private final TokenCheck tokens;
  private final ClientInfo client;
  private final LongSupplier nanoClock;
  private final Outbound outbound;
  private final FrameRateLimit rate;
  private final Liveness liveness;

  private State state = State.AWAITING_IDENTIFY;
  private Caller caller;
  private long sequence;
  private SocketConnection.Cancellable identifyTimer = SocketConnection.Cancellable.NONE;

  GatewaySession(
      SocketConnection connection,
      GatewaySettings settings,
      SocketRegistry registry,
      TokenCheck tokens,
      ClientInfo client,
      LongSupplier nanoClock) {
    this.connection = connection;
    this.settings = settings;
    this.registry = registry;
    this.tokens = tokens;
    this.client = client;
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
        if (state == State.READY) {
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

  /** Sends an event with this socket's next sequence number; from any thread. */
  void dispatch(PreparedEvent event) {
    if (!outbound.reserve()) {
      closeFromAnyThread(CloseCodes.TOO_SLOW, "too far behind");
      return;
    }
    connection.execute(
        () -> {
          if (state != State.READY) {
            outbound.release();
            return;
          }
          outbound.write(event.frame(++sequence));
        });
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

  private void becomeReady(Caller signedIn) {
    state = State.READY;
    caller = signedIn;
    identifyTimer.cancel();
    registry.authenticated(this, signedIn);
    var ready = new ReadyJson(signedIn.sessionId().toString(), UserJson.self(signedIn.user()));
    send(PreparedEvent.of("READY", ready).frame(++sequence));
    liveness.startPinging();
  }

  private void answer(ClientFrame.Request request) {
    if (state != State.READY) {
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
    identifyTimer.cancel();
    liveness.stop();
    registry.closed(this, caller);
    return true;
  }
}
