package chat.decentra.adapter.undertow.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

  private static InetAddress ip(String literal) {
    return IpAddresses.parseLiteral(literal).orElseThrow();
  }

  @Test
  void noneTrustsNobody() {
    assertThat(TrustedProxies.none().contains(ip("127.0.0.1"))).isFalse();
    assertThat(TrustedProxies.parse(List.of()).isEmpty()).isTrue();
  }

  @Test
  void singleAddressesAndBlocksAreTrusted() {
    var proxies = TrustedProxies.parse(List.of("192.0.2.10", "10.0.0.0/8", "2001:db8::/32"));
    assertThat(proxies.contains(ip("192.0.2.10"))).isTrue();
    assertThat(proxies.contains(ip("192.0.2.11"))).isFalse();
    assertThat(proxies.contains(ip("10.255.1.2"))).isTrue();
    assertThat(proxies.contains(ip("11.0.0.1"))).isFalse();
    assertThat(proxies.contains(ip("2001:db8:ffff::1"))).isTrue();
    assertThat(proxies.contains(ip("2001:db9::1"))).isFalse();
  }

  @Test
  void prefixesThatDoNotEndOnAByteBoundaryWork() {
    var proxies = TrustedProxies.parse(List.of("172.16.0.0/12"));
    assertThat(proxies.contains(ip("172.31.255.255"))).isTrue();
    assertThat(proxies.contains(ip("172.32.0.0"))).isFalse();
    assertThat(proxies.contains(ip("172.15.255.255"))).isFalse();
  }

  @Test
  void ipv4BlocksNeverContainIpv6AndTheOtherWayRound() {
    var proxies = TrustedProxies.parse(List.of("0.0.0.0/0"));
    assertThat(proxies.contains(ip("2001:db8::1"))).isFalse();
    assertThat(TrustedProxies.parse(List.of("::/0")).contains(ip("203.0.113.1"))).isFalse();
  }

  @Test
  void aliasesAndSeparatorsAreUnderstood() {
    var proxies = TrustedProxies.parse(List.of("loopback, private", " 192.0.2.1 198.51.100.1"));
    assertThat(proxies.contains(ip("127.0.0.1"))).isTrue();
    assertThat(proxies.contains(ip("::1"))).isTrue();
    assertThat(proxies.contains(ip("192.168.1.1"))).isTrue();
    assertThat(proxies.contains(ip("fd00::1"))).isTrue();
    assertThat(proxies.contains(ip("198.51.100.1"))).isTrue();
    assertThat(proxies.contains(ip("8.8.8.8"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"localhost", "10.0.0.0/33", "::/129", "10.0.0", "300.1.1.1", "10.0.0.0/x", "*"})
  void invalidEntriesAreRejectedByName(String entry) {
    assertThatThrownBy(() -> TrustedProxies.parse(List.of(entry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(entry);
  }
}
