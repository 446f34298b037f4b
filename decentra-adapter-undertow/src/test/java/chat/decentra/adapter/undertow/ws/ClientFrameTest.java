package chat.decentra.adapter.undertow.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.adapter.undertow.json.InvalidJsonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientFrameTest {

  @Test
  void knownOpsAreDecoded() {
    assertThat(ClientFrame.decode("{\"op\":\"heartbeat\"}"))
        .isInstanceOf(ClientFrame.Heartbeat.class);
    assertThat(ClientFrame.decode("{\"op\":\"identify\",\"d\":{\"token\":\"abc\"}}"))
        .isEqualTo(new ClientFrame.Identify("abc"));
    var request =
        (ClientFrame.Request)
            ClientFrame.decode("{\"op\":\"request\",\"id\":\"r1\",\"t\":\"PING\"}");
    assertThat(request.id()).isEqualTo("r1");
    assertThat(request.type()).isEqualTo("PING");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{}",
        "{\"op\":1}",
        "{\"op\":\"dance\"}",
        "{\"op\":\"identify\"}",
        "{\"op\":\"identify\",\"d\":{\"token\":5}}",
        "{\"op\":\"request\",\"t\":\"X\"}",
        "{\"op\":\"request\",\"id\":\"\",\"t\":\"X\"}",
        "{\"op\":\"request\",\"id\":5,\"t\":\"X\"}",
        "{\"op\":\"request\",\"id\":\"r\"}"
      })
  void malformedFramesAreRefused(String text) {
    assertThatThrownBy(() -> ClientFrame.decode(text)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void requestIdsAreAtMost64Characters() {
    String ok = "{\"op\":\"request\",\"id\":\"" + "x".repeat(64) + "\",\"t\":\"X\"}";
    String tooLong = "{\"op\":\"request\",\"id\":\"" + "x".repeat(65) + "\",\"t\":\"X\"}";
    assertThat(ClientFrame.decode(ok)).isInstanceOf(ClientFrame.Request.class);
    assertThatThrownBy(() -> ClientFrame.decode(tooLong)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void tokensStayOutOfLogs() {
    assertThat(new ClientFrame.Identify("secret").toString()).doesNotContain("secret");
  }
}
