package chat.decentra.adapter.undertow.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.application.port.in.account.Patch;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonObjectTest {

  private static JsonObject parse(String text) {
    return Json.parseObject(text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "[]",
        "\"text\"",
        "42",
        "null",
        "{",
        "{\"a\":1} {}",
        "{\"a\":1,\"a\":2}",
        "{'a':1}",
        "{\"a\":1,}"
      })
  void onlyASingleWellFormedObjectIsAccepted(String body) {
    assertThatThrownBy(() -> parse(body)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
    assertThatThrownBy(() -> parse(deep)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThatThrownBy(() -> Json.parseObject(body)).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void stringsAreNeverCoercedFromOtherTypes() {
    JsonObject object = parse("{\"n\":1,\"b\":true,\"o\":{},\"s\":\"x\",\"z\":null}");
    assertThat(object.requiredString("s")).isEqualTo("x");
    for (String field : new String[] {"n", "b", "o", "z", "missing"}) {
      assertThatThrownBy(() -> object.requiredString(field))
          .isInstanceOf(InvalidJsonException.class)
          .hasMessageContaining(field);
    }
  }

  @Test
  void optionalStringsAllowNullAndAbsence() {
    JsonObject object = parse("{\"s\":\"x\",\"z\":null,\"n\":1}");
    assertThat(object.optionalString("s")).contains("x");
    assertThat(object.optionalString("z")).isEmpty();
    assertThat(object.optionalString("missing")).isEmpty();
    assertThatThrownBy(() -> object.optionalString("n")).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void patchesTellAbsentFromNullFromValue() {
    JsonObject object = parse("{\"s\":\"x\",\"z\":null,\"n\":1}");
    assertThat(object.stringPatch("s")).isEqualTo(Patch.setTo("x"));
    assertThat(object.stringPatch("z")).isEqualTo(Patch.cleared());
    assertThat(object.stringPatch("missing")).isEqualTo(Patch.unchanged());
    assertThatThrownBy(() -> object.stringPatch("n")).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void booleansMustBeBooleans() {
    JsonObject object = parse("{\"t\":true,\"s\":\"true\",\"n\":1}");
    assertThat(object.requiredBoolean("t")).isTrue();
    assertThatThrownBy(() -> object.requiredBoolean("s")).isInstanceOf(InvalidJsonException.class);
    assertThatThrownBy(() -> object.requiredBoolean("n")).isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void wholeNumbersAreClampedButFractionsAndStringsAreRefused() {
    JsonObject object =
        parse("{\"n\":5,\"big\":123456789012345678901234567890,\"f\":1.5,\"s\":\"5\",\"z\":null}");
    assertThat(object.optionalWholeNumber("n")).hasValue(5);
    assertThat(object.optionalWholeNumber("big")).hasValue(Long.MAX_VALUE);
    assertThat(object.optionalWholeNumber("z")).isEmpty();
    assertThatThrownBy(() -> object.optionalWholeNumber("f"))
        .isInstanceOf(InvalidJsonException.class);
    assertThatThrownBy(() -> object.optionalWholeNumber("s"))
        .isInstanceOf(InvalidJsonException.class);
  }

  @Test
  void objectsMayBeAbsent() {
    JsonObject object = parse("{\"d\":{\"token\":\"t\"},\"x\":[]}");
    assertThat(object.optionalObject("d").map(d -> d.requiredString("token")))
        .isEqualTo(Optional.of("t"));
    assertThat(object.optionalObject("missing")).isEmpty();
    assertThatThrownBy(() -> object.optionalObject("x")).isInstanceOf(InvalidJsonException.class);
  }
}
