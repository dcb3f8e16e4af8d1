package org.sijil.core.estimate;

/**
 * Builds the design of one candidate model for one capture table and fits it. Design columns:
 * intercept, covariate-level dummies, list main effects, the model's list×list interactions, and
 * list×covariate-level interactions. With 0/1 coding the unlisted cell of level l has linear
 * predictor intercept + level effect, so without covariates the unlisted count is exp(intercept).
 */
final class ModelFitter {

  /** How far (on the log scale) the profile search looks before calling a bound unbounded. */
  private static final double PROFILE_SEARCH_LIMIT = 25;

  private final CaptureTable table;
  private final ModelSpec spec;
  private final int k;
  private final int levels;
  private final int n;
  private final int p;
  private final double[] x;
  private final double[] unlistedRows;

  ModelFitter(CaptureTable table, ModelSpec spec) {
    this.table = table;
    this.spec = spec;
    this.k = table.k();
    this.levels = table.levelCount();
    int cells = (1 << k) - 1;
    this.n = levels * cells;
    this.p = 1 + (levels - 1) + k + spec.interactionCount() + k * (levels - 1);
    this.x = new double[n * p];
    this.unlistedRows = new double[levels * p];
    for (int l = 0; l < levels; l++) {
      row(l, 0, unlistedRows, l * p);
      for (int pattern = 1; pattern <= cells; pattern++) {
        row(l, pattern, x, (l * cells + pattern - 1) * p);
      }
    }
  }

  private void row(int level, int pattern, double[] target, int at) {
    int c = 0;
    target[at + c++] = 1;
    for (int l = 1; l < levels; l++) {
      target[at + c++] = level == l ? 1 : 0;
    }
    for (int i = 0; i < k; i++) {
      target[at + c++] = bit(pattern, i);
    }
    for (int j = 0; j < ModelSpec.pairCount(k); j++) {
      if (spec.hasInteraction(j)) {
        int[] ab = ModelSpec.pair(k, j);
        target[at + c++] = bit(pattern, ab[0]) * bit(pattern, ab[1]);
      }
    }
    for (int i = 0; i < k; i++) {
      for (int l = 1; l < levels; l++) {
        target[at + c++] = level == l ? bit(pattern, i) : 0;
      }
    }
  }

  private static int bit(int pattern, int i) {
    return (pattern >> i) & 1;
  }

  int parameters() {
    return p;
  }

  int cells() {
    return n;
  }

  /** Fits the model to the table's counts (or to {@code y}, same shape, for the bootstrap). */
  PoissonGlm.Fit fit(double[] y) {
    return PoissonGlm.fit(x, n, p, y, null, null);
  }

  /** The estimated unlisted count: Σ over levels of exp(unlisted row · β). */
  double unlisted(double[] beta) {
    double s = 0;
    for (int l = 0; l < levels; l++) {
      s += Math.exp(dot(unlistedRows, l * p, beta));
    }
    return s;
  }

  /** The fitted unlisted count per covariate level. */
  double[] unlistedByLevel(double[] beta) {
    double[] u = new double[levels];
    for (int l = 0; l < levels; l++) {
      u[l] = Math.exp(dot(unlistedRows, l * p, beta));
    }
    return u;
  }

  private double dot(double[] rows, int at, double[] beta) {
    double s = 0;
    for (int i = 0; i < p; i++) {
      s += rows[at + i] * beta[i];
    }
    return s;
  }

  /** Fits and summarises the model, with the requested interval for the unlisted count. */
  ModelResult result(IntervalMethod method) {
    double[] y = table.observedVector();
    PoissonGlm.Fit fit = fit(y);
    return summarise(fit, y, method);
  }

  ModelResult summarise(PoissonGlm.Fit fit, double[] y, IntervalMethod method) {
    double aic = -2 * fit.logLikelihood() + 2 * p;
    double bic = -2 * fit.logLikelihood() + p * Math.log(n);
    double u = unlisted(fit.beta());
    String formula = spec.formula(table.lists()) + (levels > 1 ? " + list×covariate" : "");
    if (fit.status() != FitStatus.OK) {
      return new ModelResult(
          spec,
          formula,
          p,
          fit.deviance(),
          n - p,
          aic,
          bic,
          new Estimate(u, Double.NaN, Double.NaN),
          method,
          fit.status(),
          fit.problem());
    }
    IntervalMethod used = method;
    String note = null;
    Estimate interval;
    if (method == IntervalMethod.PROFILE && levels == 1) {
      interval = profile(fit, y);
    } else {
      if (method == IntervalMethod.PROFILE) {
        used = IntervalMethod.WALD;
        note = "profile interval not available with covariates: Wald used";
      }
      interval = wald(fit, u);
    }
    if (!Double.isFinite(interval.upper())) {
      note = (note == null ? "" : note + "; ") + "interval upper bound is unbounded";
    }
    return new ModelResult(
        spec, formula, p, fit.deviance(), n - p, aic, bic, interval, used, FitStatus.OK, note);
  }

  /** Wald interval on log(unlisted), by the delta method when the unlisted count sums levels. */
  Estimate wald(PoissonGlm.Fit fit, double u) {
    double[] gradient = new double[p];
    double[] byLevel = unlistedByLevel(fit.beta());
    for (int l = 0; l < levels; l++) {
      for (int i = 0; i < p; i++) {
        gradient[i] += byLevel[l] * unlistedRows[l * p + i] / u;
      }
    }
    double variance = 0;
    double[] v = fit.covariance();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        variance += gradient[i] * v[i * p + j] * gradient[j];
      }
    }
    double se = Math.sqrt(Math.max(variance, 0));
    return new Estimate(u, u * Math.exp(-Special.Z_975 * se), u * Math.exp(Special.Z_975 * se));
  }

  /**
   * Profile-likelihood interval for the intercept (= log unlisted): refits the other parameters
   * with the intercept held fixed as an offset, and finds where the deviance has risen by 3.84.
   */
  Estimate profile(PoissonGlm.Fit fit, double[] y) {
    double b0 = fit.beta()[0];
    double se = Math.sqrt(fit.covariance()[0]);
    Profile profile = new Profile(y, fit);
    double lower = profile.bound(b0, -Math.max(se, 1e-3));
    double upper = profile.bound(b0, Math.max(se, 1e-3));
    return new Estimate(Math.exp(b0), Math.exp(lower), Math.exp(upper));
  }

  /** The constrained fits behind a profile-likelihood interval. */
  private final class Profile {
    private final double[] y;
    private final double minDeviance;
    private final double[] reduced;
    private final double[] offset;
    private double[] warm;

    Profile(double[] y, PoissonGlm.Fit fit) {
      this.y = y;
      this.minDeviance = fit.deviance();
      this.reduced = new double[n * (p - 1)];
      for (int r = 0; r < n; r++) {
        System.arraycopy(x, r * p + 1, reduced, r * (p - 1), p - 1);
      }
      this.offset = new double[n];
      this.warm = java.util.Arrays.copyOfRange(fit.beta(), 1, p);
    }

    /** Deviance rise above the minimum, minus the χ² cut, at intercept b. */
    double excess(double b) {
      java.util.Arrays.fill(offset, b);
      PoissonGlm.Fit f = PoissonGlm.fit(reduced, n, p - 1, y, offset, warm);
      if (f.status() == FitStatus.OK || f.status() == FitStatus.BOUNDARY) {
        warm = f.beta();
      }
      return f.deviance() - minDeviance - Special.CHI2_1_95;
    }

    /** The bound on one side of b0 (direction = first step, signed), or ±∞ when never reached. */
    double bound(double b0, double step) {
      double[] start = warm.clone();
      double inside = b0;
      double outside = b0 + 2 * step;
      double fOutside = excess(outside);
      while (fOutside < 0) {
        inside = outside;
        outside = b0 + 2 * (outside - b0);
        if (Math.abs(outside - b0) > PROFILE_SEARCH_LIMIT) {
          warm = start;
          return step > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        fOutside = excess(outside);
      }
      double fInside = inside == b0 ? -Special.CHI2_1_95 : excess(inside);
      // Illinois false position: superlinear and safe inside the bracket.
      int side = 0;
      for (int i = 0; i < 100 && Math.abs(outside - inside) > 1e-10; i++) {
        double mid = outside - fOutside * (outside - inside) / (fOutside - fInside);
        double fMid = excess(mid);
        if (Math.abs(fMid) < 1e-10) {
          warm = start;
          return mid;
        }
        if (fMid < 0) {
          inside = mid;
          fInside = fMid;
          if (side == -1) {
            fOutside /= 2;
          }
          side = -1;
        } else {
          outside = mid;
          fOutside = fMid;
          if (side == 1) {
            fInside /= 2;
          }
          side = 1;
        }
      }
      warm = start;
      return 0.5 * (inside + outside);
    }
  }
}
