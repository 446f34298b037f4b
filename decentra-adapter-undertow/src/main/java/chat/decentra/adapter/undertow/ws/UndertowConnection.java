package chat.decentra.adapter.undertow.ws;

import io.undertow.websockets.core.WebSocketCallback;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;

/** A {@link SocketConnection} on an Undertow WebSocket channel. */
final class UndertowConnection implements SocketConnection {

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  private final WebSocketChannel channel;

  UndertowConnection(WebSocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public void execute(Runnable task) {
    channel.getIoThread().execute(task);
  }

  @Override
  public Cancellable schedule(Runnable task, Duration delay) {
    XnioExecutor.Key key =
        channel
            .getIoThread()
            .executeAfter(task, Math.max(1, delay.toMillis()), TimeUnit.MILLISECONDS);
    return key::remove;
  }

  @Override
  public void write(ByteBuffer frame, Runnable done) {
    WebSockets.sendText(
        frame,
        channel,
        new WebSocketCallback<Void>() {
          @Override
          public void complete(WebSocketChannel socket, Void context) {
            done.run();
          }

          @Override
          public void onError(WebSocketChannel socket, Void context, Throwable failure) {
            done.run();
          }
        });
  }

  @Override
  public void ping() {
    WebSockets.sendPing(EMPTY.duplicate(), channel, null);
  }

  @Override
  public void close(int code, String reason, Duration grace) {
    WebSockets.sendClose(code, reason, channel, null);
    abortAfter(grace);
  }

  @Override
  public void abort() {
    IoUtils.safeClose(channel);
  }

  @Override
  public void abortAfter(Duration grace) {
    schedule(this::abort, grace);
  }
}
