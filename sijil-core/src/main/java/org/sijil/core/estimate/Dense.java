package org.sijil.core.estimate;

/**
 * The little dense linear algebra the estimators need: symmetric positive-definite systems of at
 * most a few dozen unknowns, solved by Cholesky. Matrices are row-major {@code double[p*p]} so a
 * fit allocates a handful of arrays, not one per row.
 */
final class Dense {

  /** Relative pivot below which a matrix is treated as singular (not identifiable). */
  static final double SINGULAR_TOLERANCE = 1e-11;

  private Dense() {}

  /**
   * Overwrites the lower triangle of {@code a} (p×p, symmetric positive definite) with its Cholesky
   * factor L (a = L Lᵀ). Returns the index of the first column whose pivot is not clearly positive
   * (the matrix is singular or nearly so), or -1 when the factorization succeeded.
   */
  static int cholesky(double[] a, int p) {
    double maxDiagonal = 0;
    for (int i = 0; i < p; i++) {
      maxDiagonal = Math.max(maxDiagonal, Math.abs(a[i * p + i]));
    }
    double floor = SINGULAR_TOLERANCE * Math.max(maxDiagonal, Double.MIN_NORMAL);
    for (int j = 0; j < p; j++) {
      double d = a[j * p + j];
      for (int k = 0; k < j; k++) {
        d -= a[j * p + k] * a[j * p + k];
      }
      if (!(d > floor)) {
        return j;
      }
      double ljj = Math.sqrt(d);
      a[j * p + j] = ljj;
      for (int i = j + 1; i < p; i++) {
        double s = a[i * p + j];
        for (int k = 0; k < j; k++) {
          s -= a[i * p + k] * a[j * p + k];
        }
        a[i * p + j] = s / ljj;
      }
    }
    return -1;
  }

  /** Solves L Lᵀ x = b in place in {@code b}, given the factor from {@link #cholesky}. */
  static void choleskySolve(double[] l, int p, double[] b) {
    for (int i = 0; i < p; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * p + k] * b[k];
      }
      b[i] = s / l[i * p + i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double s = b[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k * p + i] * b[k];
      }
      b[i] = s / l[i * p + i];
    }
  }

  /** The inverse (p×p, row-major) of the matrix whose Cholesky factor is {@code l}. */
  static double[] choleskyInverse(double[] l, int p) {
    double[] inv = new double[p * p];
    double[] column = new double[p];
    for (int j = 0; j < p; j++) {
      java.util.Arrays.fill(column, 0);
      column[j] = 1;
      choleskySolve(l, p, column);
      for (int i = 0; i < p; i++) {
        inv[i * p + j] = column[i];
      }
    }
    return inv;
  }

  /**
   * Computes the weighted cross products XᵀWX (into {@code xtwx}, p×p, full) and XᵀWz (into {@code
   * xtwz}) for the rows of a row-major design {@code x} (n×p).
   */
  static void weightedCrossProducts(
      double[] x, int n, int p, double[] w, double[] z, double[] xtwx, double[] xtwz) {
    java.util.Arrays.fill(xtwx, 0, p * p, 0);
    java.util.Arrays.fill(xtwz, 0, p, 0);
    for (int r = 0; r < n; r++) {
      double wr = w[r];
      if (wr == 0) {
        continue;
      }
      int base = r * p;
      for (int i = 0; i < p; i++) {
        double xi = x[base + i];
        if (xi == 0) {
          continue;
        }
        double wxi = wr * xi;
        xtwz[i] += wxi * z[r];
        for (int j = 0; j <= i; j++) {
          xtwx[i * p + j] += wxi * x[base + j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        xtwx[j * p + i] = xtwx[i * p + j];
      }
    }
  }
}
