package org.sijil.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Fits every candidate model to one capture table and averages them. */
public final class TableAnalysis {

  private TableAnalysis() {}

  /** Analyses a table with all hierarchical two-way candidates. */
  public static TableResult analyse(CaptureTable table, EstimateOptions options) {
    return analyse(table, ModelSpec.allHierarchical(table.k()), options);
  }

  public static TableResult analyse(
      CaptureTable table, List<ModelSpec> candidates, EstimateOptions options) {
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("no candidate models");
    }
    double[] y = table.observedVector();
    List<String> warnings = new ArrayList<>();
    List<ModelFitter> fitters = new ArrayList<>();
    List<ModelResult> models = new ArrayList<>();
    List<double[]> fittedCells = new ArrayList<>();
    for (ModelSpec spec : candidates) {
      if (spec.k() != table.k()) {
        throw new IllegalArgumentException(
            "model for k=" + spec.k() + " on a table of " + table.k() + " lists");
      }
      ModelFitter fitter = new ModelFitter(table, spec);
      if (fitter.parameters() > fitter.cells()) {
        warnings.add(
            "model "
                + spec.label()
                + " skipped: "
                + fitter.parameters()
                + " parameters for "
                + fitter.cells()
                + " observed cells");
        continue;
      }
      PoissonGlm.Fit fit = fitter.fit(y);
      fitters.add(fitter);
      models.add(fitter.summarise(fit, y, options.interval()));
      fittedCells.add(fit.mu());
    }
    double listed = table.listed();
    Selection selection = select(models, listed, options, true);
    Estimate unlisted = selection.weightedBounds(models);
    TableResult.BootstrapDraws draws = null;
    if (options.averageInterval() == AverageInterval.BOOTSTRAP && selection.any()) {
      draws = bootstrap(table, fitters, models, fittedCells, selection, options);
      unlisted = bootstrapInterval(unlisted.estimate(), draws);
    }
    if (!selection.any()) {
      warnings.add("no candidate model passed the checks: no averaged estimate");
    }
    if (table.k() == 2) {
      int both = 0b11;
      warnings.add(TwoListEstimate.WARNING);
      TwoListEstimate two =
          TwoListEstimate.of(table.listCount(0), table.listCount(1), table.patternCount(both));
      return new TableResult(
          table,
          models,
          selection.weightList(),
          selection.exclusions,
          unlisted,
          unlisted.plus(listed),
          options.interval(),
          options.averageInterval(),
          two,
          warnings,
          draws);
    }
    return new TableResult(
        table,
        models,
        selection.weightList(),
        selection.exclusions,
        unlisted,
        unlisted.plus(listed),
        options.interval(),
        options.averageInterval(),
        null,
        warnings,
        draws);
  }

  /** Which models are averaged, with which weights. */
  static final class Selection {
    final double[] weights;
    final List<Exclusion> exclusions;

    Selection(double[] weights, List<Exclusion> exclusions) {
      this.weights = weights;
      this.exclusions = exclusions;
    }

    boolean any() {
      for (double w : weights) {
        if (w > 0) {
          return true;
        }
      }
      return false;
    }

    List<Double> weightList() {
      List<Double> list = new ArrayList<>();
      for (double w : weights) {
        list.add(w);
      }
      return List.copyOf(list);
    }

    double averagedUnlisted(List<ModelResult> models) {
      double s = 0;
      for (int m = 0; m < weights.length; m++) {
        if (weights[m] > 0) {
          s += weights[m] * models.get(m).unlisted().estimate();
        }
      }
      return any() ? s : Double.NaN;
    }

    Estimate weightedBounds(List<ModelResult> models) {
      if (!any()) {
        return Estimate.none();
      }
      double e = 0;
      double lo = 0;
      double hi = 0;
      for (int m = 0; m < weights.length; m++) {
        if (weights[m] > 0) {
          Estimate u = models.get(m).unlisted();
          e += weights[m] * u.estimate();
          lo += weights[m] * u.lower();
          hi += weights[m] * u.upper();
        }
      }
      return new Estimate(e, lo, hi);
    }
  }

  /**
   * Applies the checks (fit status, plausibility, a usable interval when its bounds are averaged)
   * and computes criterion weights over the models that remain.
   */
  static Selection select(
      List<ModelResult> models, double listed, EstimateOptions options, boolean needBounds) {
    double[] weights = new double[models.size()];
    List<Exclusion> exclusions = new ArrayList<>();
    boolean[] keep = new boolean[models.size()];
    double best = Double.POSITIVE_INFINITY;
    for (int m = 0; m < models.size(); m++) {
      ModelResult r = models.get(m);
      String reason = null;
      double u = r.unlisted().estimate();
      if (!r.ok()) {
        reason = r.status().name().toLowerCase().replace('_', ' ') + ": " + r.problem();
      } else if (!Double.isFinite(u)) {
        reason = "unlisted estimate is not finite";
      } else if (u > options.plausibilityFactor() * listed) {
        reason =
            String.format(
                "implausible: unlisted %.0f > %s × listed %.0f",
                u, trim(options.plausibilityFactor()), listed);
      } else if (needBounds
          && options.averageInterval() == AverageInterval.WEIGHTED
          && !r.unlisted().hasInterval()) {
        reason = "no finite interval to average";
      }
      if (reason != null) {
        exclusions.add(new Exclusion(r.spec().label(), reason));
      } else {
        keep[m] = true;
        best = Math.min(best, options.criterion().of(r));
      }
    }
    double sum = 0;
    for (int m = 0; m < models.size(); m++) {
      if (keep[m]) {
        weights[m] = Math.exp(-0.5 * (options.criterion().of(models.get(m)) - best));
        sum += weights[m];
      }
    }
    for (int m = 0; m < models.size(); m++) {
      weights[m] = keep[m] ? weights[m] / sum : 0;
    }
    return new Selection(weights, List.copyOf(exclusions));
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static TableResult.BootstrapDraws bootstrap(
      CaptureTable table,
      List<ModelFitter> fitters,
      List<ModelResult> models,
      List<double[]> fittedCells,
      Selection selection,
      EstimateOptions options) {
    int cells = fittedCells.get(0).length;
    double[] meanCells = new double[cells];
    double meanUnlisted = 0;
    for (int m = 0; m < models.size(); m++) {
      double w = selection.weights[m];
      if (w > 0) {
        for (int c = 0; c < cells; c++) {
          meanCells[c] += w * fittedCells.get(m)[c];
        }
        meanUnlisted += w * models.get(m).unlisted().estimate();
      }
    }
    // One stream per table, derived from the seed and the table's contents, so strata analysed in
    // any order give the same draws.
    Random random =
        new Random(options.seed() * 0x9E3779B97F4A7C15L + Arrays.hashCode(table.observedVector()));
    int b = options.bootstrapReplicates();
    double[] estimated = new double[b];
    double[] truth = new double[b];
    double[] y = new double[cells];
    List<ModelResult> replicate = new ArrayList<>(fitters.size());
    for (int r = 0; r < b; r++) {
      double listed = 0;
      for (int c = 0; c < cells; c++) {
        y[c] = Special.poisson(meanCells[c], random);
        listed += y[c];
      }
      truth[r] = Special.poisson(meanUnlisted, random);
      replicate.clear();
      for (ModelFitter fitter : fitters) {
        PoissonGlm.Fit fit = fitter.fit(y);
        replicate.add(fitter.summarise(fit, y, IntervalMethod.WALD));
      }
      Selection s = select(replicate, listed, options, false);
      estimated[r] = s.averagedUnlisted(replicate);
    }
    return new TableResult.BootstrapDraws(estimated, truth);
  }

  /**
   * The basic bootstrap interval on the log scale: the estimator's error log(estimate* ÷ truth*) in
   * the bootstrap world, reversed around the estimate. Replicates with no averaged estimate (every
   * model excluded) count as unbounded errors on the upper side.
   */
  static Estimate bootstrapInterval(double estimate, TableResult.BootstrapDraws draws) {
    double[] error = new double[draws.estimated().length];
    for (int r = 0; r < error.length; r++) {
      double e = draws.estimated()[r];
      double t = Math.max(draws.truth()[r], 0.5);
      error[r] = Double.isFinite(e) && e > 0 ? Math.log(e / t) : Double.NEGATIVE_INFINITY;
    }
    Arrays.sort(error);
    double lo = Special.quantile(error, 0.025);
    double hi = Special.quantile(error, 0.975);
    return new Estimate(estimate, estimate * Math.exp(-hi), estimate * Math.exp(-lo));
  }
}
