package chat.decentra.application.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleAddressTest {

  @Test
  void everyWayOfWritingOneIpv6NetworkCountsAsOne() {
    String key = LoginThrottle.addressKey("2001:db8:1:2::7");
    assertThat(LoginThrottle.addressKey("2001:0DB8:0001:0002:ffff:0:0:1")).isEqualTo(key);
    assertThat(LoginThrottle.addressKey("2001:db8:1:2:a:b:c:d")).isEqualTo(key);
    assertThat(LoginThrottle.addressKey("2001:db8:1:3::7")).isNotEqualTo(key);
  }

  @Test
  void ipv4AndIpv4MappedAddressesCountThemselves() {
    assertThat(LoginThrottle.addressKey("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginThrottle.addressKey("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginThrottle.addressKey("203.0.113.8")).isNotEqualTo("203.0.113.7");
  }

  @Test
  void whatIsNoAddressIsCountedAsItIs() {
    assertThat(LoginThrottle.addressKey(null)).isEmpty();
    assertThat(LoginThrottle.addressKey("")).isEmpty();
    assertThat(LoginThrottle.addressKey("not:an:address")).isEqualTo("not:an:address");
  }
}
