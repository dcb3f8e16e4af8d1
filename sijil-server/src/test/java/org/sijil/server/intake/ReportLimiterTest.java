package org.sijil.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sijil.server.TestClock;

/** The public form's limits: a token bucket per address and one shared, in memory only. */
class ReportLimiterTest {

  @Test
  void anAddressHasItsBurstThenOneAMinuteWhileOthersAreFree() {
    TestClock clock = new TestClock("2026-12-05T09:00:00Z");
    ReportLimiter limits = new ReportLimiter(clock);
    for (int i = 0; i < ReportLimiter.ADDRESS_BURST; i++) {
      assertEquals(0, limits.take("10.0.0.1"), "report " + i);
    }
    long wait = limits.take("10.0.0.1");
    assertTrue(wait > 0 && wait <= 60, "waits for the next token: " + wait);
    assertEquals(0, limits.take("10.0.0.2"), "another address is not held back");
    clock.advance(ReportLimiter.ADDRESS_EVERY);
    assertEquals(0, limits.take("10.0.0.1"));
    assertTrue(limits.take("10.0.0.1") > 0);
  }

  @Test
  void theSharedBucketHoldsEveryAddressBack() {
    TestClock clock = new TestClock("2026-12-05T09:00:00Z");
    ReportLimiter limits =
        new ReportLimiter(clock, 5, Duration.ofMinutes(1), 3, Duration.ofSeconds(10));
    assertEquals(0, limits.take("a"));
    assertEquals(0, limits.take("b"));
    assertEquals(0, limits.take("c"));
    assertEquals(10, limits.take("d"));
    clock.advance(Duration.ofSeconds(10));
    assertEquals(0, limits.take("d"));
  }

  @Test
  void badLimitsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ReportLimiter(
                Clock.systemUTC(), 0, Duration.ofMinutes(1), 1, Duration.ofSeconds(1)));
  }
}
