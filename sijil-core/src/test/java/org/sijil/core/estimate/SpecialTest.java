package org.sijil.core.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The special functions behind the likelihoods and intervals, against values worked out
 * independently (Python's {@code math.lgamma}, closed forms) rather than against the code itself.
 */
class SpecialTest {

  private static final double CLOSE = 1e-12;

  @Test
  void logGammaMatchesClosedFormsAndReferenceValues() {
    assertEquals(0.0, Special.logGamma(1), CLOSE);
    assertEquals(0.0, Special.logGamma(2), CLOSE);
    assertEquals(Math.log(Math.sqrt(Math.PI)), Special.logGamma(0.5), CLOSE);
    assertEquals(Math.log(24), Special.logGamma(5), CLOSE);
    assertEquals(-0.12078223763524543, Special.logGamma(1.5), CLOSE);
    assertEquals(13.940625219403763, Special.logGamma(10.5), 1e-11);
    assertEquals(71.257038967168, Special.logGamma(30), 1e-10);
    assertEquals(709.1431630309282, Special.logGamma(171.5), 1e-9);
  }

  @Test
  void logGammaBelowOneHalfUsesTheReflectionAccurately() {
    assertEquals(2.2527126517342055, Special.logGamma(0.1), CLOSE);
    assertEquals(18.42068073818021, Special.logGamma(1e-8), 1e-9);
    // Γ(x) Γ(1 − x) = π / sin(πx) holds on both sides of the switch at 0.5.
    for (double x : new double[] {0.25, 0.4999, 0.5001, 0.75}) {
      double both = Special.logGamma(x) + Special.logGamma(1 - x);
      assertEquals(Math.log(Math.PI / Math.sin(Math.PI * x)), both, 1e-12, "x = " + x);
    }
  }

  @Test
  void logGammaRefusesNonPositiveAndNaN() {
    for (double bad : new double[] {0, -1, -0.5, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Special.logGamma(bad));
      assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
    }
  }

  @Test
  void logFactorialIsZeroForZeroAndOneAndExactAbove() {
    assertEquals(0.0, Special.logFactorial(0), 0);
    assertEquals(0.0, Special.logFactorial(1), 0);
    assertEquals(Math.log(2), Special.logFactorial(2), CLOSE);
    assertEquals(15.104412573075516, Special.logFactorial(10), 1e-11);
  }

  @Test
  void poissonOfZeroMeanIsAlwaysZero() {
    Random random = new Random(7);
    for (int i = 0; i < 100; i++) {
      assertEquals(0, Special.poisson(0, random));
    }
  }

  @Test
  void poissonRefusesNegativeInfiniteAndNaNMeans() {
    Random random = new Random(7);
    for (double bad : new double[] {-0.1, Double.POSITIVE_INFINITY, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Special.poisson(bad, random));
      assertTrue(e.getMessage().contains(String.valueOf(bad)), e.getMessage());
    }
  }

  @Test
  void poissonDrawsHaveTheRightMeanAndVarianceOnBothSamplers() {
    // 5 uses multiplication of uniforms, 29.9/30 sit on either side of the switch, 400 uses PTRS.
    for (double mean : new double[] {0.3, 5, 29.9, 30, 400}) {
      Random random = new Random(11);
      int n = 200_000;
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < n; i++) {
        long k = Special.poisson(mean, random);
        assertTrue(k >= 0, "a draw below zero for mean " + mean);
        sum += k;
        squares += (double) k * k;
      }
      double sampleMean = sum / n;
      double sampleVariance = squares / n - sampleMean * sampleMean;
      // Five standard errors of the mean; the variance within 3 %.
      assertEquals(mean, sampleMean, 5 * Math.sqrt(mean / n), "mean for " + mean);
      assertEquals(mean, sampleVariance, 0.03 * mean, "variance for " + mean);
    }
  }

  @Test
  void ptrsDrawsFollowThePoissonProbabilities() {
    double mean = 50;
    int n = 200_000;
    int[] counts = new int[200];
    Random random = new Random(3);
    for (int i = 0; i < n; i++) {
      counts[(int) Special.poisson(mean, random)]++;
    }
    // Each value within 35..65 holds its expected share within five binomial standard errors.
    for (int k = 35; k <= 65; k++) {
      double p = Math.exp(-mean + k * Math.log(mean) - Special.logGamma(k + 1.0));
      double expected = n * p;
      double sd = Math.sqrt(n * p * (1 - p));
      assertEquals(expected, counts[k], 5 * sd, "P(X = " + k + ")");
    }
  }

  @Test
  void quantileInterpolatesLikeRType7() {
    double[] sorted = {1, 2, 3, 4};
    assertEquals(1.0, Special.quantile(sorted, 0), 0);
    assertEquals(1.75, Special.quantile(sorted, 0.25), CLOSE);
    assertEquals(2.5, Special.quantile(sorted, 0.5), CLOSE);
    assertEquals(3.925, Special.quantile(sorted, 0.975), CLOSE);
    assertEquals(4.0, Special.quantile(sorted, 1), 0);
  }

  @Test
  void quantileOfOneValueIsThatValueAndOfNoneIsNaN() {
    assertEquals(7.0, Special.quantile(new double[] {7}, 0.025), 0);
    assertEquals(7.0, Special.quantile(new double[] {7}, 0.975), 0);
    assertTrue(Double.isNaN(Special.quantile(new double[0], 0.5)));
  }

  @Test
  void theIntervalConstantsAreTheNormalAndChiSquaredQuantiles() {
    // qnorm(0.975) and qchisq(0.95, 1) in R.
    assertEquals(1.959963984540054, Special.Z_975, 1e-15);
    assertEquals(3.841458820694124, Special.CHI2_1_95, 1e-12);
  }
}
