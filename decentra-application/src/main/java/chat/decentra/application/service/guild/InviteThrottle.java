package chat.decentra.application.service.guild;

import chat.decentra.application.service.account.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of invite codes: after {@code limit} unknown codes from one client address
 * within the window, that address must wait. Counts live in memory, per node, which is enough for a
 * brake: 128-bit codes cannot be guessed anyway, and this keeps the database out of the contest.
 */
final class InviteThrottle {

  /** The defaults: 30 unknown codes per address within 10 minutes. */
  static final int LIMIT = 30;

  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Beyond this many tracked addresses, those without recent failures are forgotten. */
  private static final int MAX_TRACKED = 100_000;

  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  InviteThrottle(Clock clock, int limit, Duration window) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
  }

  /** A throttle with the default limits. */
  InviteThrottle(Clock clock) {
    this(clock, LIMIT, WINDOW);
  }

  /** How long this address must wait, or empty when it may try. */
  Optional<Duration> check(String ip) {
    ip = LoginThrottle.addressKey(ip);
    Instant now = clock.instant();
    Duration[] wait = {null};
    failures.computeIfPresent(
        ip,
        (key, times) -> {
          prune(times, now);
          if (times.size() >= limit) {
            Instant freeAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            wait[0] = Duration.between(now, freeAt.plus(window));
          }
          return times.isEmpty() ? null : times;
        });
    return Optional.ofNullable(wait[0]).filter(d -> !d.isNegative() && !d.isZero());
  }

  /** Counts an unknown code against the address. */
  void recordUnknown(String ip) {
    ip = LoginThrottle.addressKey(ip);
    Instant now = clock.instant();
    if (failures.size() >= MAX_TRACKED) {
      for (String key : failures.keySet()) {
        failures.computeIfPresent(key, (k, times) -> pruned(times, now));
      }
    }
    failures.compute(
        ip,
        (key, times) -> {
          Deque<Instant> next = times == null ? new ArrayDeque<>() : times;
          prune(next, now);
          next.addLast(now);
          return next;
        });
  }

  private Deque<Instant> pruned(Deque<Instant> times, Instant now) {
    prune(times, now);
    return times.isEmpty() ? null : times;
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }
}
