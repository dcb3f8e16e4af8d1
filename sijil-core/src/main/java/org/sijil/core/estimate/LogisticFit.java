package org.sijil.core.estimate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Logistic regression by IRLS on the rows not marked excluded, for imputation draws. Rows are first
 * collapsed into distinct predictor patterns (binomial counts), which with list flags, categories
 * and whole-year ages turns tens of thousands of rows into a few hundred or thousand. Coefficients
 * other than the intercept carry a weak normal prior (precision {@link #PRIOR_PRECISION}): with
 * thousands of rows it changes nothing, but under perfect separation (every person only on one list
 * has the same sex, say) it keeps the estimate and its posterior draw finite instead of letting the
 * draw flip to either extreme.
 */
final class LogisticFit {

  static final double PRIOR_PRECISION = 1.0;

  private LogisticFit() {}

  /** A predictor row as a hash key. */
  private record Row(double[] x) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Row r && Arrays.equals(x, r.x);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(x);
    }
  }

  /**
   * Fits P(y = 1 | x) on the rows where {@code excluded} is false, draws β* from the normal
   * approximation of its posterior N(β̂, (XᵀWX + prior)⁻¹), and returns the drawn probability for
   * every row.
   */
  static double[] drawProbabilities(
      double[] x, int n, int p, double[] y, boolean[] excluded, Random random) {
    Map<Row, Integer> groups = new HashMap<>();
    double[] gx = new double[Math.min(n, 1024) * p];
    double[] trials = new double[Math.min(n, 1024)];
    double[] successes = new double[trials.length];
    int g = 0;
    for (int r = 0; r < n; r++) {
      if (excluded[r]) {
        continue;
      }
      double[] row = Arrays.copyOfRange(x, r * p, r * p + p);
      Integer index = groups.get(new Row(row));
      if (index == null) {
        if (g == trials.length) {
          trials = Arrays.copyOf(trials, g * 2);
          successes = Arrays.copyOf(successes, g * 2);
          gx = Arrays.copyOf(gx, g * 2 * p);
        }
        index = g++;
        groups.put(new Row(row), index);
        System.arraycopy(row, 0, gx, index * p, p);
      }
      trials[index]++;
      successes[index] += y[r];
    }
    double[] beta = new double[p];
    double[] eta = new double[g];
    double[] w = new double[g];
    double[] z = new double[g];
    double[] xtwx = new double[p * p];
    double[] xtwz = new double[p];
    for (int iteration = 0; iteration < 50; iteration++) {
      for (int i = 0; i < g; i++) {
        double mu = clamp(1 / (1 + Math.exp(-eta[i])));
        double v = mu * (1 - mu);
        w[i] = trials[i] * v;
        z[i] = eta[i] + (successes[i] / trials[i] - mu) / v;
      }
      Dense.weightedCrossProducts(gx, g, p, w, z, xtwx, xtwz);
      prior(xtwx, p);
      if (Dense.cholesky(xtwx, p) >= 0) {
        throw new IllegalStateException("imputation model for a categorical variable is singular");
      }
      double[] next = xtwz.clone();
      Dense.choleskySolve(xtwx, p, next);
      double change = 0;
      for (int i = 0; i < p; i++) {
        change = Math.max(change, Math.abs(next[i] - beta[i]));
      }
      beta = next;
      PoissonGlm.linearPredictor(gx, g, p, beta, null, eta);
      if (change < 1e-7) {
        break;
      }
    }
    // The information at β̂, and the draw β* = β̂ + L⁻ᵀ e.
    for (int i = 0; i < g; i++) {
      double mu = clamp(1 / (1 + Math.exp(-eta[i])));
      w[i] = trials[i] * mu * (1 - mu);
      z[i] = 0;
    }
    Dense.weightedCrossProducts(gx, g, p, w, z, xtwx, xtwz);
    prior(xtwx, p);
    Dense.cholesky(xtwx, p);
    double[] e = new double[p];
    for (int i = 0; i < p; i++) {
      e[i] = random.nextGaussian();
    }
    ChainedImputer.backSolveTranspose(xtwx, p, e);
    double[] drawn = beta.clone();
    for (int i = 0; i < p; i++) {
      drawn[i] += e[i];
    }
    double[] prob = new double[n];
    PoissonGlm.linearPredictor(x, n, p, drawn, null, prob);
    for (int r = 0; r < n; r++) {
      prob[r] = 1 / (1 + Math.exp(-prob[r]));
    }
    return prob;
  }

  private static double clamp(double mu) {
    return Math.min(Math.max(mu, 1e-10), 1 - 1e-10);
  }

  private static void prior(double[] xtwx, int p) {
    for (int i = 1; i < p; i++) {
      xtwx[i * p + i] += PRIOR_PRECISION;
    }
  }
}
