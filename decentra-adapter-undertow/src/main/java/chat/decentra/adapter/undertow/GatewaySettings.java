package chat.decentra.adapter.undertow;

import java.time.Duration;

/**
 * The gateway's timings and limits (docs/protocol.md); the defaults are the documented ones and
 * tests shorten them.
 *
 * @param heartbeatInterval how often clients are asked to send a heartbeat (sent in {@code hello})
 * @param identifyTimeout how long a socket may stay unauthenticated before it is closed with 4003
 * @param idleTimeout how long a socket may send nothing before it is closed with 4009
 * @param pingInterval how often the server sends a WebSocket ping
 * @param maxFrameBytes the largest message a client may send (larger ones close with 1009)
 * @param maxFramesPerWindow how many messages a client may send per {@code rateWindow} (4008)
 * @param rateWindow the window of the frame rate limit
 * @param maxQueuedFrames how many frames may wait to be written to one socket before it is closed
 *     with 4011
 * @param closeGrace how long a closing socket may take to answer our close frame
 */
public record GatewaySettings(
    Duration heartbeatInterval,
    Duration identifyTimeout,
    Duration idleTimeout,
    Duration pingInterval,
    int maxFrameBytes,
    int maxFramesPerWindow,
    Duration rateWindow,
    int maxQueuedFrames,
    Duration closeGrace) {

  public GatewaySettings {
    positive(heartbeatInterval, "heartbeatInterval");
    positive(identifyTimeout, "identifyTimeout");
    positive(idleTimeout, "idleTimeout");
    positive(pingInterval, "pingInterval");
    positive(rateWindow, "rateWindow");
    positive(closeGrace, "closeGrace");
    if (maxFrameBytes < 256) {
      throw new IllegalArgumentException("maxFrameBytes must be at least 256: " + maxFrameBytes);
    }
    if (maxFramesPerWindow < 1) {
      throw new IllegalArgumentException("maxFramesPerWindow must be positive");
    }
    if (maxQueuedFrames < 1) {
      throw new IllegalArgumentException("maxQueuedFrames must be positive");
    }
  }

  /** The values documented in docs/protocol.md. */
  public static GatewaySettings defaults() {
    return new GatewaySettings(
        Duration.ofSeconds(20),
        Duration.ofSeconds(10),
        Duration.ofSeconds(45),
        Duration.ofSeconds(20),
        16 * 1024,
        120,
        Duration.ofSeconds(60),
        1024,
        Duration.ofSeconds(3));
  }

  public GatewaySettings withIdentifyTimeout(Duration timeout) {
    return new GatewaySettings(
        heartbeatInterval,
        timeout,
        idleTimeout,
        pingInterval,
        maxFrameBytes,
        maxFramesPerWindow,
        rateWindow,
        maxQueuedFrames,
        closeGrace);
  }

  public GatewaySettings withIdleTimeout(Duration timeout) {
    return new GatewaySettings(
        heartbeatInterval,
        identifyTimeout,
        timeout,
        pingInterval,
        maxFrameBytes,
        maxFramesPerWindow,
        rateWindow,
        maxQueuedFrames,
        closeGrace);
  }

  public GatewaySettings withFrameRate(int frames, Duration window) {
    return new GatewaySettings(
        heartbeatInterval,
        identifyTimeout,
        idleTimeout,
        pingInterval,
        maxFrameBytes,
        frames,
        window,
        maxQueuedFrames,
        closeGrace);
  }

  private static void positive(Duration value, String field) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
  }
}
