package chat.decentra.application.service.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
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
  private static final int SWEEP_THRESHOLD = 10_000;

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

  /**
   * How long this attempt must wait, or empty when it may go ahead. An empty account (a name that
   * cannot exist) is counted against the address only.
   */
  public Optional<Duration> check(String account, String ip) {
    Instant now = clock.instant();
    ip = addressKey(ip);
    var fromIp = waitFor(ipFailures, ip, ipLimit, now);
    if (fromIp.isPresent()) {
      return fromIp;
    }
    if (account.isEmpty() || isKnown(account, ip)) {
      return Optional.empty();
    }
    return waitFor(accountFailures, account, accountLimit, now);
  }

  public void recordFailure(String account, String ip) {
    Instant now = clock.instant();
    sweepIfLarge(now);
    if (!account.isEmpty()) {
      record(accountFailures, account, now);
    }
    record(ipFailures, addressKey(ip), now);
  }

  public void recordSuccess(String account, String ip) {
    String address = addressKey(ip);
    knownAddresses.compute(
        account,
        (key, known) -> {
          Set<String> next = known == null ? new LinkedHashSet<>() : new LinkedHashSet<>(known);
          next.remove(address);
          next.add(address);
          while (next.size() > KNOWN_ADDRESSES_PER_ACCOUNT) {
            next.remove(next.iterator().next());
          }
          return Set.copyOf(next);
        });
  }

  /**
   * The unit an address is counted in: an IPv4 address, or an IPv6 /64 — one customer usually holds
   * a whole /64, so counting single IPv6 addresses would let one guesser pose as billions.
   */
  public static String addressKey(String ip) {
    if (ip == null || !ip.contains(":")) {
      return ip == null ? "" : ip;
    }
    try {
      // With a colon in it the JDK parses the text as an IPv6 literal and looks nothing up.
      byte[] address = InetAddress.getByName(ip).getAddress();
      return address.length == 16
          ? HexFormat.of().formatHex(address, 0, 8) + "::/64"
          : InetAddress.getByAddress(address).getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return ip;
    }
  }

  /**
   * Forgets failures that left the window once the maps grow large, so guessing cannot fill memory.
   */
  private void sweepIfLarge(Instant now) {
    if (accountFailures.size() + ipFailures.size() < SWEEP_THRESHOLD) {
      return;
    }
    for (var failures : List.of(accountFailures, ipFailures)) {
      for (String key : failures.keySet()) {
        failures.computeIfPresent(
            key,
            (k, times) -> {
              prune(times, now);
              return times.isEmpty() ? null : times;
            });
      }
    }
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
