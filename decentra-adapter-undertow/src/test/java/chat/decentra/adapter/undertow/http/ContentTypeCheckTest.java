package chat.decentra.adapter.undertow.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentTypeCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "Application/JSON",
        "application/json; charset=utf-8",
        "application/json;charset=\"UTF-8\""
      })
  void jsonIsAccepted(String contentType) {
    assertThat(Endpoint.isJson(contentType)).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin1",
        "application/jsonp",
        ""
      })
  void everythingElseIsRefused(String contentType) {
    assertThat(Endpoint.isJson(contentType)).isFalse();
  }
}
