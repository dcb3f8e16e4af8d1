package org.sijil.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows failed sign-ins down without ever locking a user out from elsewhere. Failures are counted
 * within {@code window} for each (address, name) pair and for each address; the first {@code
 * freeFailures} of each cost nothing, every further one doubles the wait before the next try (1 s,
 * 2 s, 4 s, …, at most the window), counted from the latest failure. So guessing one password from
 * one place, or spraying many names from one place, is slowed to a crawl, while an attacker
 * elsewhere cannot delay the real user at their own address: there is no lock per name. No CAPTCHA.
 */
public final class LoginThrottle {

  /** Above this many tracked keys, keys with no failure inside the window are dropped. */
  private static final int SWEEP_ABOVE = 50_000;

  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int freeFailures;
  private final Duration window;

  public LoginThrottle(Clock clock, int freeFailures, Duration window) {
    if (freeFailures < 1) {
      throw new IllegalArgumentException("freeFailures must be at least 1, got " + freeFailures);
    }
    this.clock = clock;
    this.freeFailures = freeFailures;
    this.window = window;
  }

  /** Seconds until a sign-in for this name from this address may be tried again; 0 if now. */
  public long retryAfterSeconds(String user, String address) {
    return Math.max(wait(pairKey(user, address)), wait(addressKey(address)));
  }

  public void failed(String user, String address) {
    add(pairKey(user, address));
    add(addressKey(address));
    if (failures.size() > SWEEP_ABOVE) {
      sweep();
    }
  }

  /**
   * A success clears the failures of this name from this address (not the address's other names).
   */
  public void succeeded(String user, String address) {
    failures.remove(pairKey(user, address));
  }

  private static String pairKey(String user, String address) {
    return "p:" + address + "\u0000" + user;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private long wait(String key) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      prune(q);
      int over = q.size() - freeFailures;
      if (over < 0) {
        return 0;
      }
      long delay = Math.min(window.toSeconds(), 1L << Math.min(over, 30));
      Instant until = q.peekLast().plusSeconds(delay);
      long left = Duration.between(clock.instant(), until).toMillis();
      return left <= 0 ? 0 : Math.max(1, (left + 999) / 1000);
    }
  }

  private void add(String key) {
    Deque<Instant> q = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (q) {
      prune(q);
      q.addLast(clock.instant());
    }
  }

  private void prune(Deque<Instant> q) {
    Instant cutoff = clock.instant().minus(window);
    while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
      q.removeFirst();
    }
  }

  private void sweep() {
    failures
        .entrySet()
        .removeIf(
            e -> {
              synchronized (e.getValue()) {
                prune(e.getValue());
                return e.getValue().isEmpty();
              }
            });
  }
}
