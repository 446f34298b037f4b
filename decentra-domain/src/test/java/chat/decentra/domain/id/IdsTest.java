package chat.decentra.domain.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.decentra.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The decimal ids that travel on the wire as strings. */
class IdsTest {

  @Test
  void decimalIdIsParsed() {
    assertThat(UserId.parse("1")).contains(new UserId(1));
    assertThat(UserId.parse("123456789012345678")).contains(new UserId(123456789012345678L));
    assertThat(SessionId.parse("42")).contains(new SessionId(42));
  }

  @Test
  void largestLongIsAnId() {
    assertThat(UserId.parse("9223372036854775807")).contains(new UserId(Long.MAX_VALUE));
    assertThat(SessionId.parse("9223372036854775807")).contains(new SessionId(Long.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "9999999999999999999", "18446744073709551615"})
  void numberPastTheLargestLongIsNotAnId(String text) {
    assertThat(UserId.parse(text)).isEmpty();
    assertThat(SessionId.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "00", "01", "007", "0123456789"})
  void zeroAndLeadingZerosAreNotIds(String text) {
    assertThat(UserId.parse(text)).isEmpty();
    assertThat(SessionId.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1", "-1", "-9223372036854775808", "+42"})
  void signedNumbersAreNotIds(String text) {
    assertThat(UserId.parse(text)).isEmpty();
    assertThat(SessionId.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {" 1", "1 ", "1a", "0x1F", "1e3", "1.0", "1_000", "١٢٣", "１２", "12\n", "abc"})
  void nonDigitsAreNotIds(String text) {
    assertThat(UserId.parse(text)).isEmpty();
    assertThat(SessionId.parse(text)).isEmpty();
  }

  @Test
  void idsPrintAsTheirDecimalForm() {
    assertThat(new UserId(1234567890123L)).hasToString("1234567890123");
    assertThat(new SessionId(77)).hasToString("77");
    assertThat(UserId.parse(new UserId(987654321L).toString())).contains(new UserId(987654321L));
  }

  @Test
  void zeroOrNegativeIdCannotBeMade() {
    assertThatThrownBy(() -> new UserId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UserId(-5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionId(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SessionId(-5)).isInstanceOf(IllegalArgumentException.class);
  }
}
