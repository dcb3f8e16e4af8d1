package org.sijil.core.estimate;

/** Special functions and constants for the likelihoods and intervals (95% throughout). */
final class Special {

  /** The 0.975 quantile of the standard normal: the half-width multiplier of a 95% interval. */
  static final double Z_975 = 1.959963984540054;

  /** The 0.95 quantile of χ² with one degree of freedom (= Z_975²): the profile-likelihood cut. */
  static final double CHI2_1_95 = Z_975 * Z_975;

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private Special() {}

  /** log Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
  static double logGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
    }
    if (x < 0.5) {
      // Reflection keeps the series in its accurate range.
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    }
    double xm = x - 1;
    double a = LANCZOS[0];
    double t = xm + 7.5;
    for (int i = 1; i < 9; i++) {
      a += LANCZOS[i] / (xm + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** log(y!) for a non-negative count (the constant R's Poisson AIC includes). */
  static double logFactorial(double y) {
    return y < 2 ? 0 : logGamma(y + 1);
  }

  /** A Poisson draw: multiplication of uniforms for small means, transformed rejection above. */
  static long poisson(double mean, java.util.Random random) {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("Poisson mean must be finite and >= 0, got " + mean);
    }
    if (mean < 30) {
      double l = Math.exp(-mean);
      long k = 0;
      double p = random.nextDouble();
      while (p > l) {
        k++;
        p *= random.nextDouble();
      }
      return k;
    }
    return poissonPtrs(mean, random);
  }

  /** Hörmann's PTRS transformed-rejection sampler: exact and fast for means >= 10. */
  private static long poissonPtrs(double mu, java.util.Random random) {
    double slam = Math.sqrt(mu);
    double loglam = Math.log(mu);
    double b = 0.931 + 2.53 * slam;
    double a = -0.059 + 0.02483 * b;
    double invalpha = 1.1239 + 1.1328 / (b - 3.4);
    double vr = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mu + 0.43);
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
          <= -mu + k * loglam - logGamma(k + 1.0)) {
        return k;
      }
    }
  }

  /** The q-quantile (0..1) of sorted values, by linear interpolation (R's type 7). */
  static double quantile(double[] sorted, double q) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
