package org.sijil.core.estimate;

/**
 * The classical two-list estimators of the total. Lincoln–Petersen N = n1·n2/m is the MLE under
 * independence (undefined when m = 0); Chapman (n1+1)(n2+1)/(m+1) − 1 is nearly unbiased and always
 * finite. Intervals are normal on the estimate with the usual variances, floored at the listed
 * count. Two lists give no degrees of freedom to test independence: the result is only as good as
 * that assumption.
 */
public record TwoListEstimate(
    double onFirst,
    double onSecond,
    double onBoth,
    Estimate lincolnPetersen,
    double lincolnPetersenVariance,
    Estimate chapman,
    double chapmanVariance,
    String warning) {

  public static final String WARNING =
      "two lists cannot test independence: if being on one list makes being on the other more"
          + " (less) likely, the total is under- (over-)estimated, and nothing in the data shows it";

  public static TwoListEstimate of(double n1, double n2, double m) {
    double listed = n1 + n2 - m;
    double lp = m > 0 ? n1 * n2 / m : Double.POSITIVE_INFINITY;
    double lpVar = m > 0 ? n1 * n2 * (n1 - m) * (n2 - m) / (m * m * m) : Double.NaN;
    double ch = (n1 + 1) * (n2 + 1) / (m + 1) - 1;
    double chVar = (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
    return new TwoListEstimate(
        n1, n2, m, normal(lp, lpVar, listed), lpVar, normal(ch, chVar, listed), chVar, WARNING);
  }

  private static Estimate normal(double estimate, double variance, double listed) {
    if (!Double.isFinite(estimate) || !Double.isFinite(variance)) {
      return new Estimate(estimate, Double.NaN, Double.NaN);
    }
    double half = Special.Z_975 * Math.sqrt(variance);
    return new Estimate(estimate, Math.max(listed, estimate - half), estimate + half);
  }
}
