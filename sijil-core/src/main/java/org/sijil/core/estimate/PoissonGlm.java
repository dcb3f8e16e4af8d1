package org.sijil.core.estimate;

/**
 * Fits a Poisson log-linear model, log μ = offset + Xβ, by iteratively reweighted least squares
 * with step halving, solving each weighted least-squares step by Cholesky. Problems are reported in
 * the fit's {@link FitStatus}, never hidden: a singular design (parameters not identifiable), a fit
 * that does not converge, and a boundary fit (some fitted cells collapsing to zero, so some
 * parameters are at infinity, which happens with zero cells).
 */
final class PoissonGlm {

  static final int MAX_ITERATIONS = 100;
  static final double TOLERANCE = 1e-10;

  /**
   * A fitted cell below this, where the observed count is zero, means the MLE is on the boundary.
   */
  static final double BOUNDARY_MU = 1e-6;

  private PoissonGlm() {}

  /** One fit. {@code covariance} is (XᵀWX)⁻¹ at the solution, row-major p×p; null when singular. */
  record Fit(
      double[] beta,
      double[] mu,
      double deviance,
      double logLikelihood,
      double[] covariance,
      int iterations,
      FitStatus status,
      String problem) {}

  /**
   * Fits the model. {@code x} is row-major n×p, {@code offset} may be null; {@code start} (may be
   * null) warm-starts β, as the profile-likelihood search does.
   */
  static Fit fit(double[] x, int n, int p, double[] y, double[] offset, double[] start) {
    double[] beta = new double[p];
    double[] eta = new double[n];
    double[] mu = new double[n];
    if (start != null) {
      System.arraycopy(start, 0, beta, 0, p);
      linearPredictor(x, n, p, beta, offset, eta);
      for (int r = 0; r < n; r++) {
        mu[r] = Math.exp(eta[r]);
      }
    } else {
      for (int r = 0; r < n; r++) {
        mu[r] = y[r] + 0.1; // R's glm start for the Poisson family
        eta[r] = Math.log(mu[r]);
      }
    }
    double deviance = start == null ? Double.POSITIVE_INFINITY : deviance(y, mu);
    double[] xtwx = new double[p * p];
    double[] xtwz = new double[p];
    double[] w = new double[n];
    double[] z = new double[n];
    double[] next = new double[p];
    double[] nextEta = new double[n];
    double[] nextMu = new double[n];
    int iteration = 0;
    boolean converged = false;
    while (iteration < MAX_ITERATIONS) {
      iteration++;
      for (int r = 0; r < n; r++) {
        w[r] = mu[r];
        double off = offset == null ? 0 : offset[r];
        z[r] = eta[r] - off + (y[r] - mu[r]) / mu[r];
      }
      Dense.weightedCrossProducts(x, n, p, w, z, xtwx, xtwz);
      int bad = Dense.cholesky(xtwx, p);
      if (bad >= 0) {
        if (boundary(y, mu)) {
          return result(
              beta,
              mu,
              y,
              null,
              iteration,
              FitStatus.BOUNDARY,
              "fitted counts collapse to zero for zero cells; parameter "
                  + bad
                  + " is at infinity");
        }
        return result(
            beta,
            mu,
            y,
            null,
            iteration,
            FitStatus.SINGULAR,
            "design is singular for these counts: parameter " + bad + " is not identifiable");
      }
      System.arraycopy(xtwz, 0, next, 0, p);
      Dense.choleskySolve(xtwx, p, next);
      double nextDeviance = Double.NaN;
      for (int halving = 0; halving < 30; halving++) {
        linearPredictor(x, n, p, next, offset, nextEta);
        boolean finite = true;
        for (int r = 0; r < n; r++) {
          nextMu[r] = Math.exp(nextEta[r]);
          finite &= Double.isFinite(nextMu[r]);
        }
        nextDeviance = finite ? deviance(y, nextMu) : Double.NaN;
        if (Double.isFinite(nextDeviance) && nextDeviance <= deviance * (1 + 1e-12) + 1e-9) {
          break;
        }
        if (!Double.isFinite(deviance)) {
          break; // first step from the data-based start: nothing to halve towards
        }
        for (int i = 0; i < p; i++) {
          next[i] = 0.5 * (next[i] + beta[i]);
        }
      }
      if (!Double.isFinite(nextDeviance)) {
        return result(
            beta,
            mu,
            y,
            null,
            iteration,
            FitStatus.NOT_CONVERGED,
            "IRLS produced non-finite fitted values");
      }
      System.arraycopy(next, 0, beta, 0, p);
      System.arraycopy(nextEta, 0, eta, 0, n);
      System.arraycopy(nextMu, 0, mu, 0, n);
      double change = Math.abs(nextDeviance - deviance);
      deviance = nextDeviance;
      if (change < TOLERANCE * (Math.abs(deviance) + 0.1)) {
        converged = true;
        break;
      }
    }
    for (int r = 0; r < n; r++) {
      w[r] = mu[r];
      z[r] = 0;
    }
    Dense.weightedCrossProducts(x, n, p, w, z, xtwx, xtwz);
    int bad = Dense.cholesky(xtwx, p);
    double[] covariance = bad >= 0 ? null : Dense.choleskyInverse(xtwx, p);
    if (boundary(y, mu)) {
      return result(
          beta,
          mu,
          y,
          covariance,
          iteration,
          FitStatus.BOUNDARY,
          "fitted counts collapse to zero for zero cells: the estimate lies on the boundary");
    }
    if (!converged) {
      return result(
          beta,
          mu,
          y,
          covariance,
          iteration,
          FitStatus.NOT_CONVERGED,
          "IRLS did not converge in " + MAX_ITERATIONS + " iterations");
    }
    if (covariance == null) {
      return result(
          beta,
          mu,
          y,
          null,
          iteration,
          FitStatus.SINGULAR,
          "information matrix is singular at the solution: parameter "
              + bad
              + " is not identifiable");
    }
    return result(beta, mu, y, covariance, iteration, FitStatus.OK, null);
  }

  private static Fit result(
      double[] beta,
      double[] mu,
      double[] y,
      double[] covariance,
      int iterations,
      FitStatus status,
      String problem) {
    return new Fit(
        beta.clone(),
        mu.clone(),
        deviance(y, mu),
        logLikelihood(y, mu),
        covariance,
        iterations,
        status,
        problem);
  }

  private static boolean boundary(double[] y, double[] mu) {
    for (int r = 0; r < y.length; r++) {
      if (y[r] == 0 && mu[r] < BOUNDARY_MU) {
        return true;
      }
    }
    return false;
  }

  static void linearPredictor(
      double[] x, int n, int p, double[] beta, double[] offset, double[] eta) {
    for (int r = 0; r < n; r++) {
      double s = offset == null ? 0 : offset[r];
      int base = r * p;
      for (int i = 0; i < p; i++) {
        s += x[base + i] * beta[i];
      }
      eta[r] = s;
    }
  }

  /** The Poisson deviance 2 Σ [y log(y/μ) − (y − μ)]. */
  static double deviance(double[] y, double[] mu) {
    double d = 0;
    for (int r = 0; r < y.length; r++) {
      double yr = y[r];
      d += (yr > 0 ? yr * Math.log(yr / mu[r]) : 0) - (yr - mu[r]);
    }
    return Math.max(0, 2 * d); // rounding can leave a saturated fit at -1e-12
  }

  /** The full Poisson log-likelihood Σ [y log μ − μ − log y!], as R's AIC uses it. */
  static double logLikelihood(double[] y, double[] mu) {
    double l = 0;
    for (int r = 0; r < y.length; r++) {
      double yr = y[r];
      l += (yr > 0 ? yr * Math.log(mu[r]) : 0) - mu[r] - Special.logFactorial(yr);
    }
    return l;
  }
}
