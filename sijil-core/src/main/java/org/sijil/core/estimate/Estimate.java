package org.sijil.core.estimate;

/** A point estimate with a 95% interval; bounds are NaN when no interval could be computed. */
public record Estimate(double estimate, double lower, double upper) {

  public static Estimate none() {
    return new Estimate(Double.NaN, Double.NaN, Double.NaN);
  }

  /** The same estimate shifted by a constant (e.g. unlisted + listed = total). */
  public Estimate plus(double constant) {
    return new Estimate(estimate + constant, lower + constant, upper + constant);
  }

  public boolean hasInterval() {
    return Double.isFinite(lower) && Double.isFinite(upper);
  }
}
