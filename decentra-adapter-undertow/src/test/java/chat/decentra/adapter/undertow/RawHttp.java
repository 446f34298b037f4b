package chat.decentra.adapter.undertow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte on a socket, for what java.net.http will not send: paths with
 * {@code ..}, bodies announced but never sent, hand-made chunking.
 */
final class RawHttp {

  private RawHttp() {}

  /** Sends the request text and returns everything the server answers until it closes or pauses. */
  static String exchange(int port, String request) {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(3000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return readAnswer(socket.getInputStream());
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static String readAnswer(InputStream in) throws IOException {
    var answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        answer.write(buffer, 0, read);
        if (isComplete(answer.toString(StandardCharsets.ISO_8859_1))) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException stopped) {
      // What arrived is the answer.
    }
    return answer.toString(StandardCharsets.ISO_8859_1);
  }

  private static boolean isComplete(String text) {
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    var matcher =
        java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
            .matcher(text.substring(0, end));
    return matcher.find() && text.length() - end - 4 >= Integer.parseInt(matcher.group(1));
  }

  static int status(String answer) {
    return Integer.parseInt(answer.substring(9, 12));
  }
}
