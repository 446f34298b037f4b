package chat.decentra.adapter.undertow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

  private static Map<String, String> match(String template, String path) {
    return PathTemplate.parse(template).match(PathTemplate.segments(path));
  }

  @Test
  void literalsAndParametersMatchWholeSegments() {
    assertThat(match("/users/{id}", "/users/42")).containsEntry("id", "42");
    assertThat(match("/users/{id}", "/users/42/avatar")).isNull();
    assertThat(match("/users/{id}", "/users/")).isNull();
    assertThat(match("/users/{id}", "/users")).isNull();
    assertThat(match("/instance", "/instance/")).isEmpty();
  }

  @Test
  void restMatchesAnyDepthIncludingNone() {
    assertThat(match("/app/**", "/app")).isEmpty();
    assertThat(match("/app/**", "/app/channels/1/2")).isEmpty();
    assertThat(match("/app/**", "/apps")).isNull();
  }

  @Test
  void literalSegmentsSortBeforeParametersAndParametersBeforeRest() {
    var sorted =
        List.of(
                PathTemplate.parse("/app/**"),
                PathTemplate.parse("/users/{id}/avatar"),
                PathTemplate.parse("/users/@me/avatar"),
                PathTemplate.parse("/app/{x}"))
            .stream()
            .sorted()
            .map(PathTemplate::text)
            .toList();
    assertThat(sorted.indexOf("/users/@me/avatar"))
        .isLessThan(sorted.indexOf("/users/{id}/avatar"));
    assertThat(sorted.indexOf("/app/{x}")).isLessThan(sorted.indexOf("/app/**"));
  }
}
