package chat.decentra.application.service.account;

import chat.decentra.domain.instance.RegistrationMode;
import java.time.Duration;

/**
 * How accounts behave on this instance.
 *
 * @param sessionTtl how long a session lives after its last use
 */
public record AccountSettings(RegistrationMode registration, Duration sessionTtl) {

  public static final Duration DEFAULT_SESSION_TTL = Duration.ofDays(30);

  public AccountSettings {
    if (registration == null) {
      throw new IllegalArgumentException("registration is required");
    }
    if (sessionTtl == null || sessionTtl.isNegative() || sessionTtl.isZero()) {
      throw new IllegalArgumentException("sessionTtl must be positive: " + sessionTtl);
    }
  }

  /** Invite-only registration with 30-day sessions. */
  public static AccountSettings defaults() {
    return new AccountSettings(RegistrationMode.INVITE, DEFAULT_SESSION_TTL);
  }
}
