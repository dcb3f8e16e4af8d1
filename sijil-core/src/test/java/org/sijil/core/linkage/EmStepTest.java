package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One expectation-maximization step of {@link Em} worked out by hand. One comparison with levels 0
 * (null), 1 (agree) and 2 (disagree); m = (0.9, 0.1), u = (0.2, 0.8), a match share of 0.5; 10
 * pairs agree, 30 disagree, 60 are null. The E-step gives the agreeing pairs a match weight 9/11,
 * the disagreeing 1/9 and the null ones 1/2, so 1370/33 of the 100 pairs are matches; the null
 * pairs count there but in neither class's levels: m = (27/38, 11/38), u = (3/47, 44/47).
 */
class EmStepTest {

  private static final int[][] PATTERNS = {{1}, {2}, {0}};
  private static final long[] COUNTS = {10, 30, 60};
  private static final double[][] M0 = {{0, 0.9, 0.1}};
  private static final double[][] U0 = {{0, 0.2, 0.8}};
  private static final double EPS = 1e-12;

  private static Em.Result step(boolean estimateM, boolean estimateU) {
    return Em.fit(
        PATTERNS, COUNTS, new boolean[] {true}, M0, U0, 0.5, estimateM, estimateU, 1, 1e-12);
  }

  @Test
  void oneStepMovesTheMatchShareAndBothClassesAsWorkedByHand() {
    Em.Result r = step(true, true);
    assertEquals(1370.0 / 3300, r.lambda(), EPS);
    assertArrayEquals(new double[] {0, 27.0 / 38, 11.0 / 38}, r.m()[0], EPS);
    assertArrayEquals(new double[] {0, 3.0 / 47, 44.0 / 47}, r.u()[0], EPS);
    assertEquals(1, r.iterations());
    assertFalse(r.converged());
    assertArrayEquals(new double[] {0, 0.9, 0.1}, M0[0], "the starting values are not changed");
  }

  @Test
  void fixedUOrFixedMStayAsGiven() {
    Em.Result fixedU = step(true, false);
    assertArrayEquals(new double[] {0, 27.0 / 38, 11.0 / 38}, fixedU.m()[0], EPS);
    assertArrayEquals(new double[] {0, 0.2, 0.8}, fixedU.u()[0], EPS);
    Em.Result fixedM = step(false, true);
    assertArrayEquals(new double[] {0, 0.9, 0.1}, fixedM.m()[0], EPS);
    assertArrayEquals(new double[] {0, 3.0 / 47, 44.0 / 47}, fixedM.u()[0], EPS);
    assertEquals(1370.0 / 3300, fixedM.lambda(), EPS, "the share of matches moves either way");
  }

  @Test
  void anInactiveComparisonNeitherWeighsNorMoves() {
    int[][] patterns = {{1, 2}, {2, 1}, {0, 1}};
    double[][] m0 = {{0, 0.9, 0.1}, {0, 0.5, 0.5}};
    double[][] u0 = {{0, 0.2, 0.8}, {0, 0.3, 0.7}};
    Em.Result r =
        Em.fit(patterns, COUNTS, new boolean[] {true, false}, m0, u0, 0.5, true, true, 1, 1e-12);
    assertEquals(1370.0 / 3300, r.lambda(), EPS);
    assertArrayEquals(new double[] {0, 27.0 / 38, 11.0 / 38}, r.m()[0], EPS);
    assertArrayEquals(new double[] {0, 0.5, 0.5}, r.m()[1], EPS);
    assertArrayEquals(new double[] {0, 0.3, 0.7}, r.u()[1], EPS);
  }

  @Test
  void itStopsWhenTheLargestChangeFallsBelowTheTolerance() {
    // The largest change of the first step is m's: |27/38 - 0.9| = 0.18947...
    Em.Result loose =
        Em.fit(PATTERNS, COUNTS, new boolean[] {true}, M0, U0, 0.5, true, true, 5, 0.19);
    assertTrue(loose.converged());
    assertEquals(1, loose.iterations());
    Em.Result tight =
        Em.fit(PATTERNS, COUNTS, new boolean[] {true}, M0, U0, 0.5, true, true, 3, 0.0);
    assertFalse(tight.converged());
    assertEquals(3, tight.iterations());
  }

  @Test
  void aLevelNeverSeenKeepsAFloorOfOneMillionth() {
    int[][] patterns = {{1}, {2}, {0}};
    double[][] m0 = {{0, 0.9, 0.05, 0.05}};
    double[][] u0 = {{0, 0.2, 0.4, 0.4}};
    Em.Result r =
        Em.fit(patterns, COUNTS, new boolean[] {true}, m0, u0, 0.5, true, false, 1, 1e-12);
    // Level 3 has no pairs: its share is the floor, and the others shrink to leave room for it.
    double norm = 1 + 1e-6;
    assertEquals(1e-6 / norm, r.m()[0][3], 1e-15);
    assertEquals(27.0 / 38 / norm, r.m()[0][1], EPS);
    assertEquals(11.0 / 38 / norm, r.m()[0][2], EPS);
  }

  @Test
  void aPatternImpossibleInBothClassesCountsAsNonMatches() {
    // Level 1 has m = u = 0: its pairs' weight 0/0 is taken as 0, not NaN.
    Em.Result r =
        Em.fit(
            new int[][] {{1}, {2}},
            new long[] {4, 4},
            new boolean[] {true},
            new double[][] {{0, 0, 1}},
            new double[][] {{0, 0, 1}},
            0.5,
            true,
            true,
            1,
            1e-12);
    assertEquals(0.25, r.lambda(), EPS);
    assertArrayEquals(new double[] {0, 1e-6 / (1 + 1e-6), 1 / (1 + 1e-6)}, r.m()[0], EPS);
    assertArrayEquals(new double[] {0, 2.0 / 3, 1.0 / 3}, r.u()[0], EPS);
  }

  @Test
  void theMatchShareIsKeptInsideZeroAndOneAndEmptyLevelsAreLeftAlone() {
    double[][] m0 = {{0, 0, 1}};
    double[][] u0 = {{0, 1, 0}};
    boolean[] on = {true};
    Em.Result none =
        Em.fit(new int[][] {{1}}, new long[] {10}, on, m0, u0, 0.5, true, true, 1, 1e-12);
    assertEquals(1e-9, none.lambda(), 1e-21);
    assertArrayEquals(new double[] {0, 0, 1}, none.m()[0], "no match weight anywhere: m unchanged");
    Em.Result all =
        Em.fit(new int[][] {{2}}, new long[] {10}, on, m0, u0, 0.5, true, true, 1, 1e-12);
    assertEquals(1 - 1e-9, all.lambda(), 1e-21);
  }

  @Test
  void initialMQuartersPerLevel() {
    assertArrayEquals(new double[] {0, 16.0 / 21, 4.0 / 21, 1.0 / 21}, Em.initialM(4), EPS);
    assertArrayEquals(new double[] {0, 1}, Em.initialM(2), EPS);
  }
}
