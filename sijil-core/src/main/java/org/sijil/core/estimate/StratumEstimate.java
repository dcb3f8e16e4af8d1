package org.sijil.core.estimate;

/**
 * One stratum's estimate. {@code detail} is the full analysis (models, weights, exclusions); with
 * multiple imputation the estimate is pooled (median over imputations) and {@code detail} is the
 * analysis of the first imputation, shown for its models.
 */
public record StratumEstimate(
    String stratum, double listed, Estimate unlisted, Estimate total, TableResult detail) {}
