package org.sijil.server.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Limits reports sent with no account: a token bucket per network address and one for all addresses
 * together, held in memory only. An address is never kept: its bucket is found by an HMAC-SHA-256
 * of the address under a random key made when the server starts and never stored, so nothing
 * written or kept links a report to where it came from, and a restart forgets everything.
 *
 * <p>Rules: a bucket holds at most {@code burst} tokens and gains one every {@code every}; each
 * report takes one from its address's bucket and one from the shared bucket; when either is empty
 * the report is refused with the seconds until a token comes (the form keeps it and sends it again
 * later: nothing is lost). Generous, because families in a shelter share one address.
 */
final class ReportLimiter {

  /** Reports one address may send at once. */
  static final int ADDRESS_BURST = 20;

  /** One more report per address every this long (60 an hour). */
  static final Duration ADDRESS_EVERY = Duration.ofMinutes(1);

  /** Reports all addresses together may send at once. */
  static final int SHARED_BURST = 300;

  /** One more report for all addresses every this long (3,600 an hour). */
  static final Duration SHARED_EVERY = Duration.ofSeconds(1);

  /** Above this many buckets, full ones (idle long enough) are dropped. */
  private static final int SWEEP_ABOVE = 50_000;

  private final Clock clock;
  private final int burst;
  private final Duration every;
  private final Bucket shared;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final SecretKeySpec key;

  ReportLimiter(Clock clock) {
    this(clock, ADDRESS_BURST, ADDRESS_EVERY, SHARED_BURST, SHARED_EVERY);
  }

  ReportLimiter(Clock clock, int burst, Duration every, int sharedBurst, Duration sharedEvery) {
    if (burst < 1 || sharedBurst < 1 || every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException(
          "bursts must be at least 1 and refill times positive, got " + burst + ", " + every);
    }
    this.clock = clock;
    this.burst = burst;
    this.every = every;
    this.shared = new Bucket(sharedBurst, sharedEvery, clock.millis());
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Takes a token for a report from {@code address}: 0 when allowed, else seconds to wait. */
  synchronized long take(String address) {
    long now = clock.millis();
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(b -> b.full(now));
    }
    Bucket mine = buckets.computeIfAbsent(blind(address), k -> new Bucket(burst, every, now));
    long wait = Math.max(mine.waitMillis(now), shared.waitMillis(now));
    if (wait > 0) {
      return Math.max(1, (wait + 999) / 1000);
    }
    mine.take(now);
    shared.take(now);
    return 0;
  }

  /** The address's bucket name: HMAC-SHA-256 under this process's random key. */
  private String blind(String address) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] d = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().withoutPadding().encodeToString(d);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  /** Tokens that refill one per {@code every}, up to {@code capacity}. */
  private static final class Bucket {
    private final int capacity;
    private final long everyMillis;
    private double tokens;
    private long last;

    Bucket(int capacity, Duration every, long now) {
      this.capacity = capacity;
      this.everyMillis = every.toMillis();
      this.tokens = capacity;
      this.last = now;
    }

    private void refill(long now) {
      if (now > last) {
        tokens = Math.min(capacity, tokens + (double) (now - last) / everyMillis);
        last = now;
      }
    }

    long waitMillis(long now) {
      refill(now);
      return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * everyMillis);
    }

    void take(long now) {
      refill(now);
      tokens -= 1;
    }

    boolean full(long now) {
      refill(now);
      return tokens >= capacity;
    }
  }
}
