package chat.decentra.adapter.undertow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClientAddressResolverTest {

  private static final InetSocketAddress LOCAL_PROXY = new InetSocketAddress("127.0.0.1", 50000);
  private static final InetSocketAddress STRANGER = new InetSocketAddress("198.51.100.20", 50000);
  private static final InetSocketAddress LAN_PROXY = new InetSocketAddress("10.0.0.2", 50000);

  private static RequestSource resolve(
      List<String> trusted, InetSocketAddress peer, String... headerPairs) {
    var headers = new HeaderMap();
    headers.add(new HttpString("Host"), "chat.example.org");
    for (int i = 0; i < headerPairs.length; i += 2) {
      headers.add(new HttpString(headerPairs[i]), headerPairs[i + 1]);
    }
    return new ClientAddressResolver(TrustedProxies.parse(trusted)).resolve(peer, headers, "http");
  }

  @Nested
  class WithoutTrustedProxies {

    @Test
    void peerIsTheClientAndForwardingHeadersAreIgnored() {
      var source =
          resolve(
              List.of(),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "203.0.113.7",
              "X-Real-IP",
              "203.0.113.8",
              "X-Forwarded-Proto",
              "https",
              "X-Forwarded-Host",
              "evil.example",
              "Forwarded",
              "for=203.0.113.9;proto=https;host=evil.example");
      assertThat(source).isEqualTo(new RequestSource("127.0.0.1", "http", "chat.example.org"));
    }

    @Test
    void untrustedPeerCannotForgeItsAddressEvenWhenOthersAreTrusted() {
      var source = resolve(List.of("127.0.0.1"), STRANGER, "X-Forwarded-For", "203.0.113.7");
      assertThat(source.clientIp()).isEqualTo("198.51.100.20");
    }
  }

  @Nested
  class XForwardedFor {

    @Test
    void singleHopFromTrustedProxyNamesTheClient() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "203.0.113.7");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void valuesTheClientMadeUpOnTheLeftAreSkipped() {
      // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it saw.
      var source =
          resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "1.2.3.4, 203.0.113.7");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void chainsOfTrustedProxiesAreWalkedFromTheRight() {
      var source =
          resolve(
              List.of("127.0.0.1", "10.0.0.0/8"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "1.2.3.4, 203.0.113.7, 10.1.2.3, 10.0.0.2");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void severalHeaderLinesCountAsOneListInOrder() {
      var source =
          resolve(
              List.of("127.0.0.1", "10.0.0.0/8"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "1.2.3.4, 203.0.113.7",
              "X-Forwarded-For",
              "10.0.0.2");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
      var source =
          resolve(List.of("10.0.0.0/8"), LAN_PROXY, "X-Forwarded-For", "10.9.9.9, 10.0.0.3");
      assertThat(source.clientIp()).isEqualTo("10.9.9.9");
    }

    @Test
    void garbageStopsTheWalkAtTheLastTrustedHop() {
      var source =
          resolve(
              List.of("127.0.0.1", "10.0.0.0/8"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "203.0.113.7, not-an-ip, 10.0.0.5");
      assertThat(source.clientIp()).isEqualTo("10.0.0.5");
    }

    @Test
    void unknownRightAfterOurProxyLeavesTheProxyAsClient() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "unknown");
      assertThat(source.clientIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void hostnamesAreNeverLookedUp() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "example.com");
      assertThat(source.clientIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void portsAndBracketsAreStripped() {
      assertThat(
              resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "203.0.113.7:4711")
                  .clientIp())
          .isEqualTo("203.0.113.7");
      assertThat(
              resolve(
                      List.of("127.0.0.1"),
                      LOCAL_PROXY,
                      "X-Forwarded-For",
                      "[2001:db8:0:0:0:0:0:1]:4711")
                  .clientIp())
          .isEqualTo("2001:db8::1");
    }

    @Test
    void ipv6IsPrintedCanonically() {
      var source =
          resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-For", "2001:DB8:0:0:1:0:0:1");
      assertThat(source.clientIp()).isEqualTo("2001:db8::1:0:0:1");
    }

    @Test
    void ipv4MappedIpv6IsPrintedAsIpv4AndMatchesIpv4Blocks() {
      var source =
          resolve(
              List.of("127.0.0.1", "10.0.0.0/8"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "203.0.113.7, ::ffff:10.0.0.9");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void forwardedForWinsOverForwardedAndRealIp() {
      var source =
          resolve(
              List.of("127.0.0.1"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "203.0.113.7",
              "Forwarded",
              "for=198.51.100.1",
              "X-Real-IP",
              "198.51.100.2");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }
  }

  @Nested
  class SchemeAndHost {

    @Test
    void forwardedProtoFromTrustedProxyMakesTheRequestSecure() {
      var source =
          resolve(
              List.of("127.0.0.1"),
              LOCAL_PROXY,
              "X-Forwarded-For",
              "203.0.113.7",
              "X-Forwarded-Proto",
              "https");
      assertThat(source.secure()).isTrue();
      assertThat(source.scheme()).isEqualTo("https");
    }

    @Test
    void theRightmostProtoCounts() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-Proto", "https, http");
      assertThat(source.scheme()).isEqualTo("http");
    }

    @Test
    void unknownProtoIsIgnored() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-Proto", "gopher");
      assertThat(source.scheme()).isEqualTo("http");
    }

    @Test
    void forwardedHostFromTrustedProxyReplacesTheHostHeader() {
      var source =
          resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-Host", "chat.example.net:8443");
      assertThat(source.host()).isEqualTo("chat.example.net:8443");
    }

    @Test
    void malformedForwardedHostIsIgnored() {
      var source =
          resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Forwarded-Host", "evil.example/path");
      assertThat(source.host()).isEqualTo("chat.example.org");
    }

    @Test
    void directHttpsStaysHttpsWithoutProxies() {
      var headers = new HeaderMap();
      var source =
          new ClientAddressResolver(TrustedProxies.none()).resolve(STRANGER, headers, "https");
      assertThat(source.secure()).isTrue();
      assertThat(source.host()).isEmpty();
    }
  }

  @Nested
  class Rfc7239Forwarded {

    @Test
    void forwardedIsUsedWithoutXForwardedFor() {
      var source =
          resolve(
              List.of("127.0.0.1"),
              LOCAL_PROXY,
              "Forwarded",
              "for=1.2.3.4, for=203.0.113.7;proto=https;host=chat.example.net");
      assertThat(source).isEqualTo(new RequestSource("203.0.113.7", "https", "chat.example.net"));
    }

    @Test
    void quotedIpv6WithPortIsUnderstood() {
      var source =
          resolve(List.of("127.0.0.1"), LOCAL_PROXY, "Forwarded", "For=\"[2001:db8::7]:4711\"");
      assertThat(source.clientIp()).isEqualTo("2001:db8::7");
    }

    @Test
    void trustedHopsAreSkippedAndTheClientsHopGivesTheScheme() {
      var source =
          resolve(
              List.of("127.0.0.1", "10.0.0.0/8"),
              LOCAL_PROXY,
              "Forwarded",
              "for=198.51.100.66;proto=http, for=203.0.113.7;proto=https, for=10.0.0.4;proto=http");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
      assertThat(source.scheme()).isEqualTo("https");
    }

    @Test
    void obfuscatedIdentifierLeavesThePeerAsClient() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "Forwarded", "for=_hidden");
      assertThat(source.clientIp()).isEqualTo("127.0.0.1");
    }
  }

  @Nested
  class RealIp {

    @Test
    void realIpIsUsedWhenItIsTheOnlyHeader() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Real-IP", "203.0.113.7");
      assertThat(source.clientIp()).isEqualTo("203.0.113.7");
    }

    @Test
    void malformedRealIpIsIgnored() {
      var source = resolve(List.of("127.0.0.1"), LOCAL_PROXY, "X-Real-IP", "localhost");
      assertThat(source.clientIp()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void ipv6ClientsAreCountedByTheirSlash64() {
    var source = new RequestSource("2001:db8:1:2:3:4:5:6", "http", "");
    assertThat(source.clientNetwork()).isEqualTo("2001:db8:1:2::/64");
    assertThat(new RequestSource("203.0.113.7", "http", "").clientNetwork())
        .isEqualTo("203.0.113.7");
  }
}
