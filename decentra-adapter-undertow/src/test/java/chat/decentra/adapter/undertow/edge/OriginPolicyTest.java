package chat.decentra.adapter.undertow.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

  private final OriginPolicy noPublicUrl = new OriginPolicy(Optional.empty());
  private final OriginPolicy withPublicUrl =
      new OriginPolicy(Optional.of(URI.create("https://chat.example.org")));

  private static RequestSource addressedTo(String host) {
    return new RequestSource("203.0.113.7", "http", host);
  }

  @Test
  void aPlainHttpPageMayNotActOnAnInstanceReachedOverHttps() {
    var overHttps = new RequestSource("203.0.113.7", "https", "chat.example.org");
    assertThat(noPublicUrl.allows("http://chat.example.org", overHttps)).isFalse();
    assertThat(noPublicUrl.allows("https://chat.example.org", overHttps)).isTrue();
    assertThat(withPublicUrl.allows("http://chat.example.org", addressedTo("chat.example.org")))
        .isFalse();
    assertThat(withPublicUrl.allows("https://chat.example.org", addressedTo("chat.example.org")))
        .isTrue();
  }

  @Test
  void absentOriginIsAllowed() {
    assertThat(noPublicUrl.allows(null, addressedTo("localhost:8765"))).isTrue();
  }

  @Test
  void theHostItselfIsAllowed() {
    assertThat(noPublicUrl.allows("http://localhost:8765", addressedTo("localhost:8765"))).isTrue();
    assertThat(noPublicUrl.allows("http://LOCALHOST:8765", addressedTo("localhost:8765"))).isTrue();
    assertThat(noPublicUrl.allows("http://[::1]:8765", addressedTo("[::1]:8765"))).isTrue();
  }

  @Test
  void schemeDoesNotMatterButThePortDoes() {
    assertThat(noPublicUrl.allows("https://chat.example.org", addressedTo("chat.example.org")))
        .isTrue();
    assertThat(noPublicUrl.allows("http://chat.example.org", addressedTo("chat.example.org")))
        .isTrue();
    assertThat(noPublicUrl.allows("https://chat.example.org:444", addressedTo("chat.example.org")))
        .isFalse();
    assertThat(noPublicUrl.allows("http://localhost:8766", addressedTo("localhost:8765")))
        .isFalse();
  }

  @Test
  void otherSitesAreRefused() {
    assertThat(noPublicUrl.allows("https://evil.example", addressedTo("chat.example.org")))
        .isFalse();
    assertThat(
            noPublicUrl.allows(
                "https://chat.example.org.evil.example", addressedTo("chat.example.org")))
        .isFalse();
    assertThat(noPublicUrl.allows("null", addressedTo("chat.example.org"))).isFalse();
    assertThat(noPublicUrl.allows("file://", addressedTo("chat.example.org"))).isFalse();
    assertThat(noPublicUrl.allows("not a url", addressedTo("chat.example.org"))).isFalse();
  }

  @Test
  void thePublicUrlIsAllowedWhateverTheHostHeaderSays() {
    assertThat(withPublicUrl.allows("https://chat.example.org", addressedTo("127.0.0.1:8765")))
        .isTrue();
    assertThat(withPublicUrl.allows("http://chat.example.org", addressedTo("127.0.0.1:8765")))
        .isFalse();
  }

  @Test
  void requestsWithoutHostOnlyMatchThePublicUrl() {
    assertThat(noPublicUrl.allows("http://localhost", addressedTo(""))).isFalse();
  }
}
