package chat.decentra.adapter.undertow.ws;

import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.BufferedTextMessage;
import io.undertow.websockets.core.WebSocketChannel;

/**
 * Reads whole messages of at most the frame limit from one socket and hands them to its session;
 * Undertow closes with 1009 when a message grows past the limit.
 */
final class GatewayListener extends AbstractReceiveListener {

  private final GatewaySession session;
  private final long maxMessageBytes;

  GatewayListener(GatewaySession session, long maxMessageBytes) {
    this.session = session;
    this.maxMessageBytes = maxMessageBytes;
  }

  @Override
  protected long getMaxTextBufferSize() {
    return maxMessageBytes;
  }

  @Override
  protected long getMaxBinaryBufferSize() {
    return maxMessageBytes;
  }

  @Override
  protected void onFullTextMessage(WebSocketChannel channel, BufferedTextMessage message) {
    session.onText(message.getData());
  }

  @Override
  protected void onFullBinaryMessage(WebSocketChannel channel, BufferedBinaryMessage message) {
    message.getData().free();
    session.onBinary();
  }

  @Override
  protected void onError(WebSocketChannel channel, Throwable error) {
    session.onReadError(channel.isCloseFrameSent());
  }
}
