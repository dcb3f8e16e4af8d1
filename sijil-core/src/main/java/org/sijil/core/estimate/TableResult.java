package org.sijil.core.estimate;

import java.util.List;

/**
 * The analysis of one capture table: every candidate model, the averaging weights (0 for excluded
 * models, in model order), the exclusions with reasons, and the averaged unlisted and total counts.
 * {@code twoList} is set when k = 2. {@code bootstrap} holds the bootstrap replicates (averaged
 * unlisted estimate, and the bootstrap world's true unlisted count) when that interval was asked
 * for, so strata can be combined replicate by replicate.
 */
public record TableResult(
    CaptureTable table,
    List<ModelResult> models,
    List<Double> weights,
    List<Exclusion> exclusions,
    Estimate unlisted,
    Estimate total,
    IntervalMethod intervalMethod,
    AverageInterval averageInterval,
    TwoListEstimate twoList,
    List<String> warnings,
    BootstrapDraws bootstrap) {

  /** Replicates of the parametric bootstrap: estimated and true unlisted counts, same length. */
  public record BootstrapDraws(double[] estimated, double[] truth) {}

  public double listed() {
    return table.listed();
  }
}
