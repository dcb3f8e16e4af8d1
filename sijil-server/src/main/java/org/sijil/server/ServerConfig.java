package org.sijil.server;

import java.time.Clock;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param secureCookies mark cookies Secure even on plain HTTP (set when behind a TLS proxy that
 *     does not send {@code X-Forwarded-Proto}); HTTPS requests always get Secure cookies
 * @param sessionIdle a session ends after this long without a request
 * @param loginFailures failed sign-ins per (address, name) and per address within {@code
 *     loginWindow} before each further one doubles the wait (see {@code LoginThrottle})
 * @param loginWindow the throttling window
 * @param clock time source (tests move it)
 * @param behindProxy the server is reached through a reverse proxy: {@code X-Forwarded-Proto} (is
 *     the request HTTPS: HSTS, Secure cookies), {@code X-Forwarded-Host} and the last {@code
 *     X-Forwarded-For} address are trusted then, and only then; the proxy must set them
 * @param maxRequestBytes the largest request body accepted (uploads included); larger is 413
 * @param searchPermits how many searches compute at once, the others waiting in arrival order
 *     ({@code SearchGate}); 0 for no limit
 */
public record ServerConfig(
    boolean secureCookies,
    Duration sessionIdle,
    int loginFailures,
    Duration loginWindow,
    Clock clock,
    boolean behindProxy,
    long maxRequestBytes,
    int searchPermits) {

  /** Default request limit: far above any list upload seen (the largest is a few MB). */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024 * 1024;

  public ServerConfig {
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be at least 1024, got " + maxRequestBytes);
    }
    if (searchPermits < 0) {
      throw new IllegalArgumentException(
          "searchPermits must be 0 (no limit) or more, got " + searchPermits);
    }
  }

  /**
   * Searches computing at once by default: one per processor and one more, so that a core whose
   * search is waiting (a page fault, a collection, the scheduler) still has one to run. Quietly at
   * 1M on 2 cores a gate of 3 halved the p99 of 32 connections without pauses (54 against 128–148
   * ms) at the same throughput, where 2 permits lost throughput in one run of two
   * (docs/benchmarks.md, "Quiet figures in session 21").
   */
  public static int defaultSearchPermits() {
    return Runtime.getRuntime().availableProcessors() + 1;
  }

  /**
   * A direct (no proxy) configuration with the default request limit and {@link
   * #defaultSearchPermits()}.
   */
  public ServerConfig(
      boolean secureCookies,
      Duration sessionIdle,
      int loginFailures,
      Duration loginWindow,
      Clock clock) {
    this(
        secureCookies,
        sessionIdle,
        loginFailures,
        loginWindow,
        clock,
        false,
        DEFAULT_MAX_REQUEST_BYTES,
        defaultSearchPermits());
  }

  public static ServerConfig defaults() {
    return new ServerConfig(
        false, Duration.ofHours(8), 5, Duration.ofMinutes(15), Clock.systemUTC());
  }

  public ServerConfig withBehindProxy(boolean on) {
    return new ServerConfig(
        secureCookies,
        sessionIdle,
        loginFailures,
        loginWindow,
        clock,
        on,
        maxRequestBytes,
        searchPermits);
  }

  public ServerConfig withMaxRequestBytes(long bytes) {
    return new ServerConfig(
        secureCookies,
        sessionIdle,
        loginFailures,
        loginWindow,
        clock,
        behindProxy,
        bytes,
        searchPermits);
  }

  public ServerConfig withSearchPermits(int permits) {
    return new ServerConfig(
        secureCookies,
        sessionIdle,
        loginFailures,
        loginWindow,
        clock,
        behindProxy,
        maxRequestBytes,
        permits);
  }
}
