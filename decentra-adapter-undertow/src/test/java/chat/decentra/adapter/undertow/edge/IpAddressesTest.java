package chat.decentra.adapter.undertow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "203.0.113.7, 203.0.113.7",
    "0:0:0:0:0:0:0:1, ::1",
    "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
    "::, ::",
    "::ffff:192.0.2.1, 192.0.2.1"
  })
  void literalsArePrintedCanonically(String literal, String canonical) {
    assertThat(IpAddresses.format(IpAddresses.parseLiteral(literal).orElseThrow()))
        .isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.2.3",
        "01.2.3.4",
        "1.2.3.4.5",
        "256.1.1.1",
        "example.com",
        "1:2:3:4:5:6:7:8:9",
        "fe80::1%eth0",
        "1.2.3.4 "
      })
  void nonLiteralsAreRejected(String text) {
    assertThat(IpAddresses.parseLiteral(text)).isEmpty();
  }

  @Test
  void nodesMayCarryPortsQuotesAndBrackets() {
    assertThat(IpAddresses.parseNode("\"[2001:db8::1]:80\"")).isPresent();
    assertThat(IpAddresses.parseNode("192.0.2.1:65535")).isPresent();
    assertThat(IpAddresses.parseNode("[2001:db8::1]:_abc")).isPresent();
    assertThat(IpAddresses.parseNode("[2001:db8::1")).isEmpty();
    assertThat(IpAddresses.parseNode("192.0.2.1:http")).isEmpty();
    assertThat(IpAddresses.parseNode("unknown")).isEmpty();
  }
}
