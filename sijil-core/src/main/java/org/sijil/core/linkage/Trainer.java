package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sijil.core.linkage.spec.BlockingRuleSpec;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * Unsupervised, deterministic training (same data and seed, same model):
 *
 * <ol>
 *   <li>u-probabilities from random pairs (first all of them, then, once m and the prior are known,
 *       their non-matches: {@link UEstimator#nonMatchU}; steps 2 and 3 are then run again);
 *   <li>m-probabilities by EM on a sample of each training rule's pairs ({@code training.emRules}),
 *       leaving out the comparisons on the evidence the rule blocks on, in any form (they agree by
 *       construction there; see {@link #blocksEvidenceOf}); each level's m is the median over the
 *       rules that estimated it, and comparisons no rule left independent are estimated again among
 *       the candidate pairs;
 *   <li>the prior: with m and u fixed, EM's share of matches among a sample of the candidate pairs
 *       (the union of all rules), times their number, relative to all pairs.
 * </ol>
 *
 * <p>Here are the rounds of u and the fitted model's bookkeeping; {@link MAndPrior} fits steps 2
 * and 3 for one u.
 */
final class Trainer {

  private Trainer() {}

  /** Trains on counts gathered here, on {@code threads} threads. */
  static LinkageModel train(
      LinkageSpec spec, RecordTable table, Candidates candidates, int threads) {
    // The scorer only serves to assign levels here; its weights are irrelevant.
    PairScorer levels = new PairScorer(spec, placeholder(spec), table);
    return train(spec, table, candidates, new LocalCounts(levels, table, candidates, threads));
  }

  /** The rules whose samples {@link MAndPrior} asks for, in its order, then -1 (the union). */
  static int[] sampledRules(LinkageSpec spec, Candidates candidates) {
    List<String> emRules = emRulesInEffect(spec.training(), candidates);
    java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
    for (int r = 0; r < candidates.rules.length; r++) {
      if (whySkipped(spec, candidates.rules[r], emRules) == null) {
        out.add(r);
      }
    }
    return out.add(-1).build().toArray();
  }

  static List<String> emRulesInEffect(TrainingSpec t, Candidates candidates) {
    java.util.Set<String> inEffect = new java.util.HashSet<>();
    for (BlockIndex bi : candidates.rules) {
      inEffect.add(bi.rule.name());
    }
    return t.emRules().stream().filter(inEffect::contains).toList();
  }

  /** Why {@link MAndPrior} does not sample a rule, or null when it does. */
  static String whySkipped(LinkageSpec spec, BlockIndex bi, List<String> emRules) {
    if (!emRules.isEmpty() && !emRules.contains(bi.rule.name())) {
      return "not a training rule (training.emRules)";
    }
    int unblocked = 0;
    for (ComparisonSpec c : spec.comparisons()) {
      unblocked += bi.rule.usesField(c.field()) ? 0 : 1;
    }
    if (bi.pairs < 50 || unblocked < 2) {
      return bi.pairs < 50 ? "too few pairs" : "fewer than two comparisons left to estimate";
    }
    return null;
  }

  /**
   * Trains on counts from {@code source} (whoever gathered them): the same counts give the same
   * model.
   */
  static LinkageModel train(
      LinkageSpec spec, RecordTable table, Candidates candidates, PatternSource source) {
    TrainingSpec t = spec.training();
    int nc = spec.comparisons().size();
    int[] levelCounts = new int[nc];
    for (int c = 0; c < nc; c++) {
      levelCounts[c] = spec.comparisons().get(c).levels().size();
    }
    Patterns random = TrainingSample.decode(source.uPatterns(), nc);
    long[][] counted =
        random.total() > 0 ? UEstimator.marginals(random, levelCounts) : source.uCounts();
    double[][] plainU = UEstimator.smooth(counted);
    Map<Integer, Patterns> samples = new java.util.HashMap<>();
    java.util.function.IntFunction<Patterns> sample =
        r -> samples.computeIfAbsent(r, k -> TrainingSample.decode(source.patterns(k), nc));
    MAndPrior.Fit fit = MAndPrior.fit(spec, table, candidates, sample, plainU);
    // The matches among the random pairs out of u, then m and the prior again with that u: a few
    // rounds, as each depends on the other (the prior is tiny, so they settle at once).
    double[][] u = plainU;
    int rounds = 0;
    while (random.total() > 0 && rounds < U_ROUNDS) {
      double[][] next =
          UEstimator.nonMatchU(
              random, fit.m(), fit.prior(), u, t.emMaxIterations(), U_ROUND_TOLERANCE);
      rounds++;
      double moved = largestRatio(next, u);
      u = next;
      fit = MAndPrior.fit(spec, table, candidates, sample, u);
      if (moved < U_ROUND_TOLERANCE) {
        break;
      }
    }
    fit.report().put("uRandomPairs", random.total() > 0 ? random.total() : "level counts only");
    fit.report().put("uRounds", rounds);
    List<LinkageModel.FittedComparison> fitted = fitted(spec, fit, u, plainU);
    return new LinkageModel(spec.name(), fit.prior(), fitted, fit.report());
  }

  /** Each comparison's fitted levels: m of the fit, u of the last round. */
  private static List<LinkageModel.FittedComparison> fitted(
      LinkageSpec spec, MAndPrior.Fit fit, double[][] u, double[][] plainU) {
    int nc = spec.comparisons().size();
    List<LinkageModel.FittedComparison> fitted = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      ComparisonSpec cs = spec.comparisons().get(c);
      List<LinkageModel.FittedLevel> lv = new ArrayList<>();
      lv.add(new LinkageModel.FittedLevel(cs.levels().get(0).label(), 1, 1));
      for (int l = 1; l < fit.m()[c].length; l++) {
        lv.add(
            new LinkageModel.FittedLevel(
                cs.levels().get(l).label(), Math.max(1e-6, fit.m()[c][l]), u[c][l]));
      }
      int exact = cs.exactLevel();
      // The value frequencies of the term-frequency adjustment count matches as well, so they are
      // compared with the exact level's agreement among all random pairs, matches included.
      double tfBase = cs.termFrequency() && exact > 0 && u != plainU ? plainU[c][exact] : 0;
      fitted.add(
          new LinkageModel.FittedComparison(cs.name(), lv, fit.estimatedBy().get(c), tfBase));
    }
    return fitted;
  }

  /** Rounds of u without the random pairs' matches, m and prior (each round refits both). */
  static final int U_ROUNDS = 5;

  /** A round that moves no u by this share or more is the last. */
  static final double U_ROUND_TOLERANCE = 1e-3;

  private static double largestRatio(double[][] a, double[][] b) {
    double d = 0;
    for (int c = 0; c < a.length; c++) {
      for (int l = 1; l < a[c].length; l++) {
        d = Math.max(d, Math.abs(a[c][l] - b[c][l]) / b[c][l]);
      }
    }
    return d;
  }

  /**
   * Whether a rule blocks on the same evidence as a comparison's field in another form: a name in
   * either script (the Latin name is mostly a transliteration of the Arabic one), or the birth as a
   * date or an age (the age is derived from it). Among such a rule's non-matches that comparison
   * agrees far more often than among random pairs, so EM would take its agreement for a match.
   */
  static boolean blocksEvidenceOf(LinkageSpec spec, BlockingRuleSpec rule, String field) {
    String group = evidence(spec, field);
    for (String k : rule.keys()) {
      if (evidence(spec, k).equals(group)) {
        return true;
      }
    }
    return false;
  }

  private static String evidence(LinkageSpec spec, String field) {
    String f = BlockingRuleSpec.fieldOf(field).toLowerCase(java.util.Locale.ROOT);
    if (f.equals("dob")) {
      return "birth";
    }
    for (ComparisonSpec c : spec.comparisons()) {
      if (BlockingRuleSpec.fieldOf(c.field()).equalsIgnoreCase(f)) {
        switch (c.fieldType()) {
          case ARABIC_NAME, LATIN_NAME, CROSS_SCRIPT_NAME:
            return "name";
          case AGE:
            return "birth";
          default:
            break;
        }
      }
    }
    return f.equals("name_ar") || f.equals("name_en") ? "name" : f;
  }

  /** A model with neutral parameters, to assign levels before anything is fitted. */
  static LinkageModel placeholder(LinkageSpec spec) {
    List<LinkageModel.FittedComparison> cs = new ArrayList<>();
    for (ComparisonSpec c : spec.comparisons()) {
      List<LinkageModel.FittedLevel> lv = new ArrayList<>();
      for (var l : c.levels()) {
        lv.add(new LinkageModel.FittedLevel(l.label(), 0.5, 0.5));
      }
      cs.add(new LinkageModel.FittedComparison(c.name(), lv, List.of()));
    }
    return new LinkageModel(spec.name(), 0.5, cs, Map.of());
  }

  /**
   * Distinct level patterns of a deterministic sample of candidate pairs, in a fixed order, and how
   * many pairs were enumerated to draw it ({@link TrainingSample#decode}).
   */
  record Patterns(int[][] rows, long[] counts, long total, long enumerated) {}
}
