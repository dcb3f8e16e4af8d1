package org.sijil.core.estimate;

import java.util.Random;

/**
 * Logistic regression by IRLS on the rows not marked excluded, for imputation draws. Coefficients
 * other than the intercept carry a weak normal prior (precision {@link #PRIOR_PRECISION}): with
 * thousands of rows it changes nothing, but under perfect separation (every person only on one list
 * has the same sex, say) it keeps the estimate and its posterior draw finite instead of letting
 * the draw flip to either extreme.
 */
final class LogisticFit {

  static final double PRIOR_PRECISION = 1.0;

  private LogisticFit() {}

  private static void prior(double[] xtwx, int p) {
    for (int i = 1; i < p; i++) {
      xtwx[i * p + i] += PRIOR_PRECISION;
    }
  }

  /**
   * Fits P(y = 1 | x) on the rows where {@code excluded} is false, draws β* from the normal
   * approximation of its posterior N(β̂, (XᵀWX)⁻¹), and returns the drawn probability for every row.
   */
  static double[] drawProbabilities(double[] x, int n, int p, double[] y, boolean[] excluded, Random random) {
    double[] beta = new double[p];
    double[] eta = new double[n];
    double[] w = new double[n];
    double[] z = new double[n];
    double[] xtwx = new double[p * p];
    double[] xtwz = new double[p];
    for (int iteration = 0; iteration < 25; iteration++) {
      for (int r = 0; r < n; r++) {
        if (excluded[r]) {
          w[r] = 0;
          continue;
        }
        double mu = 1 / (1 + Math.exp(-eta[r]));
        mu = Math.min(Math.max(mu, 1e-10), 1 - 1e-10);
        w[r] = mu * (1 - mu);
        z[r] = eta[r] + (y[r] - mu) / w[r];
      }
      Dense.weightedCrossProducts(x, n, p, w, z, xtwx, xtwz);
      ChainedImputer.ridge(xtwx, p);
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
      PoissonGlm.linearPredictor(x, n, p, beta, null, eta);
      if (change < 1e-8) {
        break;
      }
    }
    // Recompute the information at β̂ and draw β* = β̂ + L⁻ᵀ e.
    for (int r = 0; r < n; r++) {
      double mu = 1 / (1 + Math.exp(-eta[r]));
      w[r] = excluded[r] ? 0 : Math.max(mu * (1 - mu), 1e-10);
      z[r] = 0;
    }
    Dense.weightedCrossProducts(x, n, p, w, z, xtwx, xtwz);
    ChainedImputer.ridge(xtwx, p);
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
}
