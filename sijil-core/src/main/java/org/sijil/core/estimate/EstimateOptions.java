package org.sijil.core.estimate;

/**
 * Settings of an analysis.
 *
 * @param interval per-model interval method
 * @param averageInterval interval method for the averaged estimate
 * @param criterion information criterion for the averaging weights
 * @param plausibilityFactor a model whose unlisted estimate exceeds this × the listed total is
 *     excluded from averaging (the published studies use 5); infinity disables the filter
 * @param bootstrapReplicates replicates of the parametric bootstrap
 * @param seed seed of every random draw (bootstrap, imputation), so results are reproducible
 */
public record EstimateOptions(
    IntervalMethod interval,
    AverageInterval averageInterval,
    Criterion criterion,
    double plausibilityFactor,
    int bootstrapReplicates,
    long seed) {

  public EstimateOptions {
    if (interval == null || averageInterval == null || criterion == null) {
      throw new IllegalArgumentException("interval, averageInterval and criterion are required");
    }
    if (!(plausibilityFactor > 0)) {
      throw new IllegalArgumentException(
          "plausibility factor must be > 0, got " + plausibilityFactor);
    }
    if (bootstrapReplicates < 20) {
      throw new IllegalArgumentException(
          "bootstrap needs at least 20 replicates, got " + bootstrapReplicates);
    }
  }

  /** Profile intervals, published averaged interval, AIC, factor 5, 1,000 replicates, seed 1. */
  public static EstimateOptions defaults() {
    return new EstimateOptions(
        IntervalMethod.PROFILE, AverageInterval.WEIGHTED, Criterion.AIC, 5, 1000, 1);
  }

  /** Exactly the published method: Wald intervals and weighted-mean averaged bounds. */
  public static EstimateOptions published() {
    return new EstimateOptions(
        IntervalMethod.WALD, AverageInterval.WEIGHTED, Criterion.AIC, 5, 1000, 1);
  }

  public EstimateOptions withInterval(IntervalMethod m) {
    return new EstimateOptions(
        m, averageInterval, criterion, plausibilityFactor, bootstrapReplicates, seed);
  }

  public EstimateOptions withAverageInterval(AverageInterval a) {
    return new EstimateOptions(
        interval, a, criterion, plausibilityFactor, bootstrapReplicates, seed);
  }

  public EstimateOptions withSeed(long s) {
    return new EstimateOptions(
        interval, averageInterval, criterion, plausibilityFactor, bootstrapReplicates, s);
  }

  public EstimateOptions withBootstrapReplicates(int b) {
    return new EstimateOptions(interval, averageInterval, criterion, plausibilityFactor, b, seed);
  }
}
