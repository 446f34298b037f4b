package chat.decentra.adapter.undertow.ws;

import static org.assertj.core.api.Assertions.assertThat;

import chat.decentra.adapter.undertow.json.StatusJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PreparedEventTest {

  @Test
  void eachSocketGetsItsOwnSequenceAroundTheSameData() {
    var event = PreparedEvent.of("USER_UPDATE", new StatusJson("x"));
    assertThat(StandardCharsets.UTF_8.decode(event.frame(1)).toString())
        .isEqualTo("{\"op\":\"dispatch\",\"t\":\"USER_UPDATE\",\"s\":1,\"d\":{\"status\":\"x\"}}");
    assertThat(StandardCharsets.UTF_8.decode(event.frame(1234567)).toString())
        .isEqualTo(
            "{\"op\":\"dispatch\",\"t\":\"USER_UPDATE\",\"s\":1234567,\"d\":{\"status\":\"x\"}}");
  }
}
