package chat.decentra.adapter.undertow.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplyTest {

  @Test
  void errorsHaveTheDocumentedShape() {
    Reply reply = Reply.error(ApiError.USERNAME_TAKEN);
    assertThat(reply.status()).isEqualTo(409);
    assertThat(new String(reply.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"error\":{\"code\":\"username_taken\",\"message\":\"This username is taken.\"}}");
  }

  @Test
  void rateLimitedAnswersRoundRetryAfterUpToWholeSeconds() {
    assertThat(Reply.rateLimited(Duration.ofMillis(5001)).headers())
        .containsExactly(new Reply.Header(Headers.RETRY_AFTER, "6"));
    assertThat(Reply.rateLimited(Duration.ZERO).headers())
        .containsExactly(new Reply.Header(Headers.RETRY_AFTER, "1"));
  }
}
