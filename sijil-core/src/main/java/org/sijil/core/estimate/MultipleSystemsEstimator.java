package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The public entry point: estimates the total from a membership table, by stratum, with model
 * averaging, complete-case handling or multiple imputation of missing grouping values, and the
 * combination of strata into totals.
 *
 * <p>Combining strata: estimates are summed. With the published (weighted) averaged interval the
 * bounds are summed too, as the published study does; this treats strata as perfectly dependent and
 * so is conservative. With the bootstrap, stratum replicates are summed replicate by replicate
 * (strata are independent samples) and the basic interval is taken on the sum.
 *
 * <p>Multiple imputation is pooled as the published study pools it: per stratum, the median over
 * imputations of the estimate and of each bound, then summed over strata.
 */
public final class MultipleSystemsEstimator {

  private final EstimateOptions options;

  public MultipleSystemsEstimator(EstimateOptions options) {
    this.options = options;
  }

  public EstimationResult estimate(MembershipTable data, Design design) {
    for (String name : design.imputed()) {
      data.variable(name); // fails fast naming the unknown variable
    }
    List<String> method = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    method.add(
        "models: log-linear Poisson, main effects + every subset of two-way interactions"
            + (design.covariates().isEmpty()
                ? ""
                : " + list×covariate interactions ("
                    + String.join(", ", design.covariates())
                    + ")"));
    method.add("model interval: " + options.interval().description());
    method.add(
        "averaging: "
            + options.criterion()
            + " weights; models with unlisted > "
            + trim(options.plausibilityFactor())
            + " × listed excluded");
    method.add(
        "averaged interval: "
            + options.averageInterval().description()
            + (options.averageInterval() == AverageInterval.BOOTSTRAP
                ? " (" + options.bootstrapReplicates() + " replicates, seed " + options.seed() + ")"
                : ""));
    boolean stratified = !design.strata().isEmpty();
    int missing = Stratifier.missingCount(data, design);
    boolean imputing = design.imputations() > 0 && missing > 0;
    if (stratified) {
      method.add(
          "strata combined: estimates summed; "
              + (options.averageInterval() == AverageInterval.WEIGHTED || imputing
                  ? "bounds summed, as published (conservative)"
                  : "bootstrap replicates summed, basic interval on the sum"));
    }
    long[] patterns = data.patternCounts();
    double listed = data.size();
    double[] listCounts = new double[data.k()];
    for (int p = 1; p < patterns.length; p++) {
      for (int i = 0; i < data.k(); i++) {
        if ((p & (1 << i)) != 0) {
          listCounts[i] += patterns[p];
        }
      }
    }
    Stratifier stratifier = new Stratifier(design);
    List<StratumEstimate> strata;
    Estimate unlisted;
    Estimate total;
    int dropped = 0;
    if (imputing) {
      method.add(
          "missing values: "
              + missing
              + " people imputed, "
              + design.imputations()
              + " imputations by chained equations (PMM for numbers, logistic for categories, "
              + design.imputationCycles()
              + " cycles, seed "
              + options.seed()
              + (design.auxiliary().isEmpty()
                  ? ""
                  : ", also predicting from "
                      + String.join(", ", design.auxiliary())
                      + ", missing as a category")
              + "); per-stratum median over imputations, then summed");
      strata = pooled(data, design, stratifier, warnings);
      unlisted = sum(strata, true);
      total = sum(strata, false);
    } else {
      if (missing > 0) {
        dropped = missing;
        warnings.add(
            missing
                + " people with a missing "
                + String.join("/", design.used())
                + " value dropped (complete-case analysis; use imputation to keep them)");
        method.add("missing values: complete-case, " + missing + " people dropped");
        String skew = droppedSkew(data, design, patterns);
        if (skew != null) {
          warnings.add(skew);
        }
      }
      strata = analyseStrata(data, stratifier);
      Estimate[] combined = combine(strata);
      unlisted = combined[0];
      total = combined[1];
      if (dropped > 0) {
        // Coverage and listed count refer to the people analysed, not to those dropped.
        listed = listed - dropped;
        java.util.Arrays.fill(listCounts, 0);
        for (StratumEstimate s : strata) {
          for (int i = 0; i < data.k(); i++) {
            listCounts[i] += s.detail().table().listCount(i);
          }
        }
      }
    }
    for (StratumEstimate s : strata) {
      if (s.detail() != null) {
        for (String w : s.detail().warnings()) {
          String line = (stratified ? "stratum " + s.stratum() + ": " : "") + w;
          if (!warnings.contains(line) && !w.equals(TwoListEstimate.WARNING)) {
            warnings.add(line);
          }
        }
      }
    }
    if (data.k() == 2) {
      warnings.add(0, TwoListEstimate.WARNING);
    }
    List<Estimate> coverage = new ArrayList<>();
    for (double count : listCounts) {
      coverage.add(
          new Estimate(count / total.estimate(), count / total.upper(), count / total.lower()));
    }
    return new EstimationResult(
        data.lists(),
        listed,
        patterns,
        listCounts,
        unlisted,
        total,
        coverage,
        strata,
        dropped,
        design.imputations() > 0 && missing > 0 ? design.imputations() : 0,
        List.copyOf(method),
        List.copyOf(warnings));
  }

  private List<StratumEstimate> analyseStrata(MembershipTable data, Stratifier stratifier) {
    List<StratumEstimate> out = new ArrayList<>();
    for (Stratifier.Stratum s : stratifier.strata(data)) {
      TableResult r = TableAnalysis.analyse(s.table(), options);
      out.add(new StratumEstimate(s.label(), s.table().listed(), r.unlisted(), r.total(), r));
    }
    return out;
  }

  /** Sums strata: estimates always; bounds summed (weighted) or replicate-wise (bootstrap). */
  private Estimate[] combine(List<StratumEstimate> strata) {
    if (strata.size() == 1) {
      return new Estimate[] {strata.get(0).unlisted(), strata.get(0).total()};
    }
    double listed = 0;
    for (StratumEstimate s : strata) {
      listed += s.listed();
    }
    if (options.averageInterval() == AverageInterval.BOOTSTRAP) {
      int b = options.bootstrapReplicates();
      double[] estimated = new double[b];
      double[] truth = new double[b];
      double point = 0;
      for (StratumEstimate s : strata) {
        point += s.unlisted().estimate();
        TableResult.BootstrapDraws d = s.detail().bootstrap();
        for (int r = 0; r < b; r++) {
          estimated[r] += d == null ? Double.NaN : d.estimated()[r];
          truth[r] += d == null ? Double.NaN : d.truth()[r];
        }
      }
      Estimate u =
          TableAnalysis.bootstrapInterval(point, new TableResult.BootstrapDraws(estimated, truth));
      return new Estimate[] {u, u.plus(listed)};
    }
    Estimate u = sum(strata, true);
    return new Estimate[] {u, u.plus(listed)};
  }

  private static Estimate sum(List<StratumEstimate> strata, boolean unlisted) {
    double e = 0;
    double lo = 0;
    double hi = 0;
    for (StratumEstimate s : strata) {
      Estimate x = unlisted ? s.unlisted() : s.total();
      e += x.estimate();
      lo += x.lower();
      hi += x.upper();
    }
    return new Estimate(e, lo, hi);
  }

  /** Imputes, analyses each completed table, and pools per stratum by medians. */
  private List<StratumEstimate> pooled(
      MembershipTable data, Design design, Stratifier stratifier, List<String> warnings) {
    ChainedImputer imputer =
        new ChainedImputer(data, design.used(), design.auxiliary(), design.imputationCycles());
    // Imputations are independent, each with its own seeded stream: run them in parallel and
    // collect in imputation order, so the result does not depend on the number of cores.
    List<List<StratumEstimate>> perImputation =
        java.util.stream.IntStream.range(0, design.imputations())
            .parallel()
            .mapToObj(
                m ->
                    analyseStrata(
                        imputer.impute(new Random(options.seed() * 1_000_003L + m)), stratifier))
            .toList();
    Map<String, List<StratumEstimate>> byStratum = new LinkedHashMap<>();
    for (List<StratumEstimate> imputation : perImputation) {
      for (StratumEstimate s : imputation) {
        byStratum.computeIfAbsent(s.stratum(), key -> new ArrayList<>()).add(s);
      }
    }
    List<StratumEstimate> out = new ArrayList<>();
    for (Map.Entry<String, List<StratumEstimate>> e : byStratum.entrySet()) {
      List<StratumEstimate> list = e.getValue();
      if (list.size() < design.imputations()) {
        warnings.add(
            "stratum "
                + e.getKey()
                + " was empty in "
                + (design.imputations() - list.size())
                + " imputations; pooled over the others");
      }
      out.add(
          new StratumEstimate(
              e.getKey(),
              median(list, s -> s.listed()),
              new Estimate(
                  median(list, s -> s.unlisted().estimate()),
                  median(list, s -> s.unlisted().lower()),
                  median(list, s -> s.unlisted().upper())),
              new Estimate(
                  median(list, s -> s.total().estimate()),
                  median(list, s -> s.total().lower()),
                  median(list, s -> s.total().upper())),
              list.get(0).detail()));
    }
    return out;
  }

  private static double median(
      List<StratumEstimate> list, java.util.function.ToDoubleFunction<StratumEstimate> f) {
    double[] v = list.stream().mapToDouble(f).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
  }

  /**
   * Complete-case analysis is biased when the dropped people sit in some capture patterns more than
   * others (as when one list rarely records age): says so, naming the worst pattern.
   */
  private static String droppedSkew(MembershipTable data, Design design, long[] patterns) {
    long[] dropped = new long[patterns.length];
    List<Variable> used = design.used().stream().map(data::variable).toList();
    for (int person = 0; person < data.size(); person++) {
      for (Variable v : used) {
        if (v.missing(person)) {
          dropped[data.pattern(person)]++;
          break;
        }
      }
    }
    long all = Arrays.stream(dropped).sum();
    double overall = (double) all / data.size();
    int worst = 1;
    for (int p = 1; p < patterns.length; p++) {
      if (patterns[p] > 0
          && (double) dropped[p] / patterns[p]
              > (double) dropped[worst] / Math.max(1, patterns[worst])) {
        worst = p;
      }
    }
    double share = (double) dropped[worst] / Math.max(1, patterns[worst]);
    if (share < 0.05 || share < 2 * overall) {
      return null;
    }
    return String.format(
        "dropped people are concentrated in capture pattern %s (%d of %d, %.0f%%, against %.1f%% overall):"
            + " complete-case estimates are biased; impute instead",
        CaptureTable.patternLabel(worst, data.k()),
        dropped[worst],
        patterns[worst],
        100 * share,
        100 * overall);
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
