package org.sijil.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: at most {@code maxFailures} per window for one user name and, separately,
 * for one client address, so neither guessing one password nor spraying many names gets far.
 */
public final class LoginThrottle {

  private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;

  public LoginThrottle(Clock clock, int maxFailures, Duration window) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Seconds until a sign-in for this name from this address may be tried again; 0 if now. */
  public long retryAfterSeconds(String user, String address) {
    return Math.max(wait("u:" + user), wait("a:" + address));
  }

  public void failed(String user, String address) {
    add("u:" + user);
    add("a:" + address);
  }

  public void succeeded(String user) {
    failures.remove("u:" + user);
  }

  private long wait(String key) {
    Deque<Instant> q = failures.get(key);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      prune(q);
      if (q.size() < maxFailures) {
        return 0;
      }
      return Math.max(1, Duration.between(clock.instant(), q.peekFirst().plus(window)).toSeconds());
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
}
