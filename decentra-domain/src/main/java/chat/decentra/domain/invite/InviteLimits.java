package chat.decentra.domain.invite;

import java.time.Duration;
import java.util.Optional;

/**
 * How often and how long an invite may be used.
 *
 * @param maxUses empty for unlimited
 * @param maxAge empty for never expiring
 */
public record InviteLimits(Optional<Integer> maxUses, Optional<Duration> maxAge) {

  public static final int MAX_USES_LIMIT = 10_000;
  public static final Duration MIN_AGE = Duration.ofMinutes(1);
  public static final Duration MAX_AGE = Duration.ofDays(30);

  public InviteLimits {
    if (!isValid(maxUses, maxAge)) {
      throw new IllegalArgumentException("maxUses must be 1-10000 and maxAge 1 minute to 30 days");
    }
  }

  /** No limits. */
  public static InviteLimits none() {
    return new InviteLimits(Optional.empty(), Optional.empty());
  }

  /** True when both limits are within bounds. */
  public static boolean isValid(Optional<Integer> maxUses, Optional<Duration> maxAge) {
    if (maxUses == null || maxAge == null) {
      return false;
    }
    boolean usesOk = maxUses.map(n -> n >= 1 && n <= MAX_USES_LIMIT).orElse(true);
    boolean ageOk =
        maxAge.map(a -> a.compareTo(MIN_AGE) >= 0 && a.compareTo(MAX_AGE) <= 0).orElse(true);
    return usesOk && ageOk;
  }
}
