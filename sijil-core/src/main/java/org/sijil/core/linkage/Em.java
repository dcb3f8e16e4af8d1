package org.sijil.core.linkage;

import java.util.Arrays;

/**
 * Expectation-maximization of a two-class (match / non-match) mixture over comparison vectors,
 * assuming the comparisons independent within each class (Fellegi–Sunter). Works on distinct
 * comparison patterns with their counts, so millions of pairs cost a few thousand rows. Level 0 of
 * every comparison is its null level and contributes to neither class.
 */
final class Em {

  /** A fitted mixture. */
  record Result(double lambda, double[][] m, double[][] u, int iterations, boolean converged) {}

  private Em() {}

  /**
   * @param patterns each row one distinct pattern: the level of each comparison
   * @param counts how many pairs have that pattern
   * @param active comparisons that take part (those a blocking rule fixed are left out)
   * @param m0 initial m (per comparison, per level; level 0 ignored)
   * @param u0 initial u; kept fixed when {@code estimateU} is false
   * @param lambda0 initial share of matches
   */
  static Result fit(
      int[][] patterns,
      long[] counts,
      boolean[] active,
      double[][] m0,
      double[][] u0,
      double lambda0,
      boolean estimateU,
      int maxIterations,
      double tolerance) {
    return fit(
        patterns, counts, active, m0, u0, lambda0, true, estimateU, maxIterations, tolerance);
  }

  /** As above; with {@code estimateM} false only the share of matches is estimated. */
  static Result fit(
      int[][] patterns,
      long[] counts,
      boolean[] active,
      double[][] m0,
      double[][] u0,
      double lambda0,
      boolean estimateM,
      boolean estimateU,
      int maxIterations,
      double tolerance) {
    boolean[] each = new boolean[active.length];
    java.util.Arrays.fill(each, estimateM);
    return fit(
        patterns, counts, active, m0, u0, lambda0, each, estimateU, maxIterations, tolerance);
  }

  /** As above, estimating m only of the comparisons flagged in {@code estimateM}. */
  static Result fit(
      int[][] patterns,
      long[] counts,
      boolean[] active,
      double[][] m0,
      double[][] u0,
      double lambda0,
      boolean[] estimateM,
      boolean estimateU,
      int maxIterations,
      double tolerance) {
    int nc = active.length;
    double[][] m = deepCopy(m0);
    double[][] u = deepCopy(u0);
    double lambda = lambda0;
    double total = 0;
    for (long c : counts) {
      total += c;
    }
    for (int it = 1; it <= maxIterations; it++) {
      double[][] mNew = zeros(m);
      double[][] uNew = zeros(u);
      double matches = 0;
      for (int p = 0; p < patterns.length; p++) {
        int[] levels = patterns[p];
        double pm = lambda;
        double pu = 1 - lambda;
        for (int c = 0; c < nc; c++) {
          int l = levels[c];
          if (active[c] && l > 0) {
            pm *= m[c][l];
            pu *= u[c][l];
          }
        }
        double w = pm / (pm + pu);
        if (Double.isNaN(w)) {
          w = 0;
        }
        double cm = counts[p] * w;
        double cu = counts[p] * (1 - w);
        matches += cm;
        for (int c = 0; c < nc; c++) {
          int l = levels[c];
          if (active[c] && l > 0) {
            mNew[c][l] += cm;
            uNew[c][l] += cu;
          }
        }
      }
      double delta = 0;
      double newLambda = Math.min(1 - 1e-9, Math.max(1e-9, matches / total));
      delta = Math.max(delta, Math.abs(newLambda - lambda));
      lambda = newLambda;
      for (int c = 0; c < nc; c++) {
        if (!active[c]) {
          continue;
        }
        if (estimateM[c]) {
          delta = Math.max(delta, normalizeInto(mNew[c], m[c]));
        }
        if (estimateU) {
          delta = Math.max(delta, normalizeInto(uNew[c], u[c]));
        }
      }
      if (delta < tolerance) {
        return new Result(lambda, m, u, it, true);
      }
    }
    return new Result(lambda, m, u, maxIterations, false);
  }

  /**
   * Writes the normalized non-null levels of {@code sums} into {@code target} with a tiny floor (a
   * level never seen keeps a finite weight) and returns the largest change.
   */
  private static double normalizeInto(double[] sums, double[] target) {
    double s = 0;
    for (int l = 1; l < sums.length; l++) {
      s += sums[l];
    }
    if (s <= 0) {
      return 0;
    }
    double floor = 1e-6;
    double delta = 0;
    double norm = 0;
    double[] next = new double[sums.length];
    for (int l = 1; l < sums.length; l++) {
      next[l] = Math.max(floor, sums[l] / s);
      norm += next[l];
    }
    for (int l = 1; l < sums.length; l++) {
      double v = next[l] / norm;
      delta = Math.max(delta, Math.abs(v - target[l]));
      target[l] = v;
    }
    return delta;
  }

  static double[][] deepCopy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static double[][] zeros(double[][] shape) {
    double[][] z = new double[shape.length][];
    for (int i = 0; i < shape.length; i++) {
      z[i] = new double[shape[i].length];
    }
    return z;
  }

  /** Starting m: strongest agreement most likely for matches, halving twice per level. */
  static double[] initialM(int levels) {
    double[] m = new double[levels];
    double s = 0;
    for (int l = 1; l < levels; l++) {
      m[l] = Math.pow(0.25, l - 1);
      s += m[l];
    }
    for (int l = 1; l < levels; l++) {
      m[l] /= s;
    }
    return m;
  }

  static String describe(double[] v) {
    return Arrays.toString(v);
  }
}
