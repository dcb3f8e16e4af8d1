package org.sijil.core.estimate;

import java.util.List;

/**
 * A whole analysis: totals over strata, each stratum, list coverage, and how it was done.
 *
 * @param lists list names
 * @param listed people on at least one list (everyone, including those dropped for missing values)
 * @param patternCounts counts by capture pattern over everyone (the overlap)
 * @param listCounts people on each list (among those analysed)
 * @param unlisted summed unlisted estimate with the combined interval
 * @param total summed total (listed + unlisted) with the combined interval
 * @param coverage each list's share of the estimated total, as an estimate with interval
 * @param strata per-stratum estimates (one entry, "all", when unstratified)
 * @param dropped people dropped for missing stratum or covariate values (complete-case analysis)
 * @param imputations number of imputations pooled (0 when none)
 * @param method one-line statements of the methods used (interval, averaging, combination)
 * @param warnings anything the reader must know (exclusions are per stratum, in the details)
 */
public record EstimationResult(
    List<String> lists,
    double listed,
    long[] patternCounts,
    double[] listCounts,
    Estimate unlisted,
    Estimate total,
    List<Estimate> coverage,
    List<StratumEstimate> strata,
    int dropped,
    int imputations,
    List<String> method,
    List<String> warnings) {}
