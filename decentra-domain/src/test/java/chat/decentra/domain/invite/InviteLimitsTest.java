package chat.decentra.domain.invite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InviteLimitsTest {

  private static boolean valid(Integer maxUses, Duration maxAge) {
    return InviteLimits.isValid(Optional.ofNullable(maxUses), Optional.ofNullable(maxAge));
  }

  @Test
  void noLimitsAtAllIsValid() {
    assertThat(InviteLimits.none().maxUses()).isEmpty();
    assertThat(InviteLimits.none().maxAge()).isEmpty();
  }

  @Test
  void maxUsesFromOneToTenThousandIsValid() {
    assertThat(valid(1, null)).isTrue();
    assertThat(valid(10_000, null)).isTrue();
  }

  @Test
  void maxUsesOutsideOneToTenThousandIsRejected() {
    assertThat(valid(0, null)).isFalse();
    assertThat(valid(-1, null)).isFalse();
    assertThat(valid(10_001, null)).isFalse();
    assertThat(valid(Integer.MAX_VALUE, null)).isFalse();
  }

  @Test
  void maxAgeFromOneMinuteToThirtyDaysIsValid() {
    assertThat(valid(null, Duration.ofSeconds(60))).isTrue();
    assertThat(valid(null, Duration.ofDays(30))).isTrue();
  }

  @Test
  void maxAgeOutsideOneMinuteToThirtyDaysIsRejected() {
    assertThat(valid(null, Duration.ofSeconds(59))).isFalse();
    assertThat(valid(null, Duration.ZERO)).isFalse();
    assertThat(valid(null, Duration.ofMinutes(-5))).isFalse();
    assertThat(valid(null, Duration.ofDays(30).plusSeconds(1))).isFalse();
  }

  @Test
  void bothLimitsMustHold() {
    assertThat(valid(5, Duration.ofHours(1))).isTrue();
    assertThat(valid(0, Duration.ofHours(1))).isFalse();
    assertThat(valid(5, Duration.ofDays(31))).isFalse();
  }

  @Test
  void missingOptionalsAreInvalidNotACrash() {
    assertThat(InviteLimits.isValid(null, Optional.empty())).isFalse();
    assertThat(InviteLimits.isValid(Optional.empty(), null)).isFalse();
  }

  @Test
  void invalidLimitsCannotBeMade() {
    assertThatThrownBy(() -> new InviteLimits(Optional.of(0), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxUses");
    assertThatThrownBy(() -> new InviteLimits(Optional.empty(), Optional.of(Duration.ofDays(31))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAge");
  }
}
