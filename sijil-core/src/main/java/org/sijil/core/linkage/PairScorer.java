package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;

/**
 * A fitted model bound to a record table: the match weight of any pair. Pure computation on
 * immutable arrays (no I/O, no shared mutable state), so any number of threads — or Spark tasks
 * holding a copy of the table — can score with one instance, each passing its own {@link Scratch}.
 */
final class PairScorer {

  /** Cap on a term-frequency adjustment, in bits, so one rare spelling cannot decide alone. */
  static final double MAX_TF_BITS = 8;

  final LinkageSpec spec;
  final LinkageModel model;
  final RecordTable table;
  final CompiledComparison[] comparisons;
  final double[][] weights;
  final int[] exactLevel;
  final boolean[] tfAdjusted;

  /** Per comparison, what a value frequency is compared with: the model's tfBase, else exact u. */
  final double[] exactU;

  final double priorWeight;

  /** Largest weight comparisons c.. can still add (with the largest term-frequency bonus). */
  final double[] maxRest;

  PairScorer(LinkageSpec spec, LinkageModel model, RecordTable table) {
    this.spec = spec;
    this.model = model;
    this.table = table;
    int n = spec.comparisons().size();
    comparisons = new CompiledComparison[n];
    weights = new double[n][];
    exactLevel = new int[n];
    tfAdjusted = new boolean[n];
    exactU = new double[n];
    for (int c = 0; c < n; c++) {
      ComparisonSpec cs = spec.comparisons().get(c);
      comparisons[c] = new CompiledComparison(cs, table.column(cs.field()));
      weights[c] = new double[cs.levels().size()];
      LinkageModel.FittedComparison fitted = model.comparison(cs.name());
      if (fitted.levels().size() != cs.levels().size()) {
        throw new IllegalArgumentException(
            "model and spec disagree on the levels of "
                + cs.name()
                + ": "
                + fitted.levels().size()
                + " vs "
                + cs.levels().size());
      }
      for (int l = 0; l < weights[c].length; l++) {
        if (!fitted.levels().get(l).label().equals(cs.levels().get(l).label())) {
          throw new IllegalArgumentException(
              "model and spec disagree on level "
                  + l
                  + " of "
                  + cs.name()
                  + ": "
                  + fitted.levels().get(l).label()
                  + " vs "
                  + cs.levels().get(l).label());
        }
        weights[c][l] = fitted.levels().get(l).weight();
      }
      exactLevel[c] = cs.exactLevel();
      tfAdjusted[c] = cs.termFrequency() && exactLevel[c] >= 0;
      exactU[c] = exactLevel[c] >= 0 ? fitted.levels().get(exactLevel[c]).u() : Double.NaN;
      if (fitted.tfBase() > 0) {
        exactU[c] = fitted.tfBase();
      }
    }
    priorWeight = LinkageModel.log2(model.prior() / (1 - model.prior()));
    maxRest = new double[n + 1];
    for (int c = n - 1; c >= 0; c--) {
      double best = 0; // the null level
      for (int l = 0; l < weights[c].length; l++) {
        best =
            Math.max(best, weights[c][l] + (l == exactLevel[c] && tfAdjusted[c] ? MAX_TF_BITS : 0));
      }
      maxRest[c] = maxRest[c + 1] + best;
    }
  }

  /** The match weight (log2 odds) of records a and b. */
  double weight(int a, int b, Scratch s) {
    return weightAtLeast(a, b, s, Double.NEGATIVE_INFINITY);
  }

  /**
   * The match weight when it is at least {@code floor}; otherwise some value below {@code floor}.
   * Scoring keeps only pairs above a floor, and most candidate pairs (relatives, namesakes) fall
   * hopelessly below it after the name and birth comparisons: the rest is then not compared.
   */
  double weightAtLeast(int a, int b, Scratch s, double floor) {
    double w = priorWeight;
    for (int c = 0; c < comparisons.length; c++) {
      int level = comparisons[c].level(a, b, s);
      w += weights[c][level];
      if (level == exactLevel[c] && tfAdjusted[c]) {
        w += tfAdjustment(c, a);
      }
      if (w + maxRest[c + 1] < floor) {
        return w + maxRest[c + 1];
      }
    }
    return w;
  }

  /**
   * Exact agreement on a common name is weaker evidence than on a rare one: the exact level's u is
   * replaced by the value's own frequency.
   */
  double tfAdjustment(int c, int a) {
    double tf = comparisons[c].column.termFrequency(a);
    if (!(tf > 0)) {
      return 0;
    }
    double bits = LinkageModel.log2(exactU[c] / tf);
    return Math.max(-MAX_TF_BITS, Math.min(MAX_TF_BITS, bits));
  }

  /**
   * Reads the first cache lines every comparison reads of the records of pairs [0, m) of {@code a}
   * and {@code b} ({@link FeatureColumn#touch}), column by column, and returns a sum of what it
   * read (for the caller to keep, so that the reads stay). Random pairs' records are nowhere near
   * each other in memory: compared one after the other, each first read waits for its own miss,
   * while here the misses of a whole batch overlap, and comparing the batch then finds them in
   * cache.
   */
  int touch(int[] a, int[] b, int m) {
    int sum = 0;
    for (CompiledComparison c : comparisons) {
      FeatureColumn column = c.column;
      for (int i = 0; i < m; i++) {
        sum += column.touch(a[i]) + column.touch(b[i]);
      }
    }
    return sum;
  }

  /** Fills levels[c] for the pair (training and explanation). */
  void levels(int a, int b, Scratch s, int[] levels) {
    for (int c = 0; c < comparisons.length; c++) {
      levels[c] = comparisons[c].level(a, b, s);
    }
  }

  static double probability(double weight) {
    return 1.0 / (1.0 + Math.pow(2, -weight));
  }

  static double weightOf(double probability) {
    return LinkageModel.log2(probability / (1 - probability));
  }

  Explanation explain(int a, int b) {
    Scratch s = new Scratch();
    List<Explanation.Term> terms = new ArrayList<>();
    double w = priorWeight;
    for (int c = 0; c < comparisons.length; c++) {
      CompiledComparison cc = comparisons[c];
      int level = cc.level(a, b, s);
      LinkageModel.FittedLevel fl = model.comparison(cc.spec.name()).levels().get(level);
      double tf = level == exactLevel[c] && tfAdjusted[c] ? tfAdjustment(c, a) : 0;
      w += weights[c][level] + tf;
      terms.add(
          new Explanation.Term(
              cc.spec.name(),
              fl.label(),
              cc.column.display(a),
              cc.column.display(b),
              fl.m(),
              fl.u(),
              weights[c][level],
              tf));
    }
    return new Explanation(model.prior(), priorWeight, terms, w, probability(w));
  }
}
