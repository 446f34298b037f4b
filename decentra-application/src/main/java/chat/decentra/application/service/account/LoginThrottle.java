package chat.decentra.application.service.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without letting a guesser lock the real owner out.
 *
 * <p>After {@code accountLimit} failures for one account within the window, that account can only
 * be signed into from client addresses where it signed in successfully before; after {@code
 * ipLimit} failures from one address, that address is refused for every account. The counts live in
 * memory: per node, and forgotten on restart, which is acceptable for a brake on guessing.
 */
public final class LoginThrottle {

  /** The defaults: 5 failures per account and 20 per client address within 15 minutes. */
  public static final int ACCOUNT_LIMIT = 5;

  public static final int IP_LIMIT = 20;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 16;

  private final Clock clock;
  private final int accountLimit;
  private final int ipLimit;
  private final Duration window;
  private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> ipFailures = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock, int accountLimit, int ipLimit, Duration window) {
    this.clock = clock;
    this.accountLimit = accountLimit;
    this.ipLimit = ipLimit;
    this.window = window;
  }

  /** A throttle with the default limits. */
  public LoginThrottle(Clock clock) {
    this(clock, ACCOUNT_LIMIT, IP_LIMIT, WINDOW);
  }

  /** How long this attempt must wait, or empty when it may go ahead. */
  public Optional<Duration> check(String account, String ip) {
    Instant now = clock.instant();
    var fromIp = waitFor(ipFailures, ip, ipLimit, now);
    if (fromIp.isPresent()) {
      return fromIp;
    }
    if (isKnown(account, ip)) {
      return Optional.empty();
    }
    return waitFor(accountFailures, account, accountLimit, now);
  }

  public void recordFailure(String account, String ip) {
    Instant now = clock.instant();
    record(accountFailures, account, now);
    record(ipFailures, ip, now);
  }

  public void recordSuccess(String account, String ip) {
    knownAddresses.compute(
        account,
        (key, known) -> {
          Set<String> next = known == null ? new LinkedHashSet<>() : new LinkedHashSet<>(known);
          next.remove(ip);
          next.add(ip);
          while (next.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
            next.remove(next.iterator().next());
          }
          return Set.copyOf(next);
        });
  }

  private boolean isKnown(String account, String ip) {
    return knownAddresses.getOrDefault(account, Set.of()).contains(ip);
  }

  private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
    failures.compute(
        key,
        (k, times) -> {
          Deque<Instant> next = times == null ? new ArrayDeque<>() : times;
          prune(next, now);
          next.addLast(now);
          return next;
        });
  }

  private Optional<Duration> waitFor(
      Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
    Duration[] wait = {null};
    failures.computeIfPresent(
        key,
        (k, times) -> {
          prune(times, now);
          if (times.size() >= limit) {
            // The oldest failure that still counts must leave the window before one more try.
            Instant freeAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow();
            wait[0] = Duration.between(now, freeAt.plus(window));
          }
          return times.isEmpty() ? null : times;
        });
    return Optional.ofNullable(wait[0]).filter(d -> !d.isNegative() && !d.isZero());
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant cutoff = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
      times.removeFirst();
    }
  }
}
