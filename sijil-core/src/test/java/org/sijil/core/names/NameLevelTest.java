package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The levels' thresholds at their edges: a similarity equal to a threshold belongs to the level
 * above it (the thresholds were read from the real-data evaluation as "at least"), the next double
 * below it to the level below. Clear cases alone would let a {@code >=} turned into {@code >} pass.
 */
class NameLevelTest {

  @Test
  void aSimilarityEqualToAThresholdReachesThatLevel() {
    assertEquals(NameLevel.EXACT, NameLevel.of(NameLevel.EXACT_THRESHOLD));
    assertEquals(NameLevel.HIGH, NameLevel.of(NameLevel.HIGH_THRESHOLD));
    assertEquals(NameLevel.MEDIUM, NameLevel.of(NameLevel.MEDIUM_THRESHOLD));
    assertEquals(NameLevel.LOW, NameLevel.of(NameLevel.LOW_THRESHOLD));
  }

  @Test
  void justBelowAThresholdIsTheLevelBelow() {
    assertEquals(NameLevel.HIGH, NameLevel.of(Math.nextDown(NameLevel.EXACT_THRESHOLD)));
    assertEquals(NameLevel.MEDIUM, NameLevel.of(Math.nextDown(NameLevel.HIGH_THRESHOLD)));
    assertEquals(NameLevel.LOW, NameLevel.of(Math.nextDown(NameLevel.MEDIUM_THRESHOLD)));
    assertEquals(NameLevel.DIFFERENT, NameLevel.of(Math.nextDown(NameLevel.LOW_THRESHOLD)));
  }

  @Test
  void theEndsOfTheRange() {
    assertEquals(NameLevel.EXACT, NameLevel.of(1.0));
    assertEquals(NameLevel.DIFFERENT, NameLevel.of(0.0));
  }
}
