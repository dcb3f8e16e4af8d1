package org.sijil.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock that stands still until the test moves it, for time windows and expiries. */
public final class TestClock extends Clock {

  private Instant now;

  /** A clock reading {@code start} (ISO-8601, e.g. {@code 2024-01-01T00:00:00Z}). */
  public TestClock(String start) {
    this.now = Instant.parse(start);
  }

  /** Moves the clock forward by {@code step}. */
  public void advance(Duration step) {
    now = now.plus(step);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
