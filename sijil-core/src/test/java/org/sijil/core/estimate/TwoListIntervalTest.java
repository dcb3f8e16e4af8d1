package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two interval methods on two lists, where both have a closed form: a on the first list only, b
 * on the second only, c on both. The independence model is then saturated (three cells, three
 * parameters) and its unlisted count is Lincoln–Petersen's a·b/c.
 */
class TwoListIntervalTest {

  private static ModelResult independence(long a, long b, long c, IntervalMethod method) {
    long[] counts = new long[4];
    counts[0b01] = a;
    counts[0b10] = b;
    counts[0b11] = c;
    CaptureTable table = CaptureTable.of(List.of("first", "second"), counts);
    return new ModelFitter(table, new ModelSpec(2, 0)).result(method);
  }

  private static void assertRelative(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-8 * expected, what);
  }

  /**
   * Wald: var(log a·b/c) = 1/a + 1/b + 1/c by the delta method on Poisson counts. For 40, 20, 20:
   * 0.125, se 0.3535534, so 40·exp(∓1.959964·0.3535534) = 40·exp(∓0.6929517).
   */
  @Test
  void theWaldIntervalIsTheDeltaMethodOnTheThreeCounts() {
    ModelResult r = independence(40, 20, 20, IntervalMethod.WALD);
    assertEquals(IntervalMethod.WALD, r.intervalMethod());
    assertRelative(40, r.unlisted().estimate(), "a·b/c");
    assertRelative(20.003905749024, r.unlisted().lower(), "lower");
    assertRelative(79.984380054282, r.unlisted().upper(), "upper");
  }

  /**
   * Profile: with the unlisted count N fixed, the fitted cells are N·u, N·v, N·u·v; the score
   * equations, with A = a + c and B = b + c, u(1 + v) = A/N and v(1 + u) = B/N, so v = u − (A −
   * B)/N and u² + (1 − (A − B)/N)·u − A/N = 0. The bounds are the N where the Poisson deviance of
   * those cells reaches 3.841459 (the saturated fit's is 0), found by bisection outside Sijil:
   * 19.866775047 and 80.036086359 for 40, 20, 20 (an upper bound the first step of two standard
   * errors already brackets).
   */
  @Test
  void theProfileBoundsAreWhereTheProfileDevianceRisesByTheChiSquareCut() {
    ModelResult r = independence(40, 20, 20, IntervalMethod.PROFILE);
    assertEquals(IntervalMethod.PROFILE, r.intervalMethod());
    assertRelative(19.866775047, r.unlisted().lower(), "lower");
    assertRelative(80.036086359, r.unlisted().upper(), "upper");
  }

  /**
   * For 3, 2, 1 (N = 6, se of log N = √(1/3 + 1/2 + 1) = 1.354) the upper bound 148.50852743, at
   * log(148.5/6) = 3.21, lies beyond the first step of 2·1.354 = 2.71, so the search doubles once
   * before it brackets the bound; the lower bound is 0.42915528423.
   */
  @Test
  void aBoundBeyondTheFirstStepIsFoundByWideningTheSearch() {
    ModelResult r = independence(3, 2, 1, IntervalMethod.PROFILE);
    assertRelative(6, r.unlisted().estimate(), "a·b/c");
    assertRelative(0.42915528423, r.unlisted().lower(), "lower");
    assertRelative(148.50852743, r.unlisted().upper(), "upper");
  }
}
