package chat.decentra.adapter.undertow.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void listedWeakAndWildcardTagsMatch() {
    assertThat(EntityTags.matches("\"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.matches("\"x\", W/\"a\"", "\"a\"")).isTrue();
    assertThat(EntityTags.matches("*", "\"a\"")).isTrue();
    assertThat(EntityTags.matches("\"b\"", "\"a\"")).isFalse();
    assertThat(EntityTags.matches("\"a-gz\"", "\"a\"")).isFalse();
  }
}
