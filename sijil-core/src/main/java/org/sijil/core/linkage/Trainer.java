package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /** The rules whose samples {@link #fit} asks for, in its order, then -1 (the union). */
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

  private static List<String> emRulesInEffect(TrainingSpec t, Candidates candidates) {
    java.util.Set<String> inEffect = new java.util.HashSet<>();
    for (BlockIndex bi : candidates.rules) {
      inEffect.add(bi.rule.name());
    }
    return t.emRules().stream().filter(inEffect::contains).toList();
  }

  /** Why {@link #fit} does not sample a rule, or null when it does. */
  private static String whySkipped(LinkageSpec spec, BlockIndex bi, List<String> emRules) {
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
    Fit fit = fit(spec, table, candidates, sample, plainU);
    // The matches among the random pairs out of u, then m and the prior again with that u: a few
    // rounds, as each depends on the other (the prior is tiny, so they settle at once).
    double[][] u = plainU;
    int rounds = 0;
    while (random.total() > 0 && rounds < U_ROUNDS) {
      double[][] next =
          UEstimator.nonMatchU(random, fit.m, fit.prior, u, t.emMaxIterations(), U_ROUND_TOLERANCE);
      rounds++;
      double moved = largestRatio(next, u);
      u = next;
      fit = fit(spec, table, candidates, sample, u);
      if (moved < U_ROUND_TOLERANCE) {
        break;
      }
    }
    fit.report.put("uRandomPairs", random.total() > 0 ? random.total() : "level counts only");
    fit.report.put("uRounds", rounds);
    List<LinkageModel.FittedComparison> fitted = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      ComparisonSpec cs = spec.comparisons().get(c);
      List<LinkageModel.FittedLevel> lv = new ArrayList<>();
      lv.add(new LinkageModel.FittedLevel(cs.levels().get(0).label(), 1, 1));
      for (int l = 1; l < fit.m[c].length; l++) {
        lv.add(
            new LinkageModel.FittedLevel(
                cs.levels().get(l).label(), Math.max(1e-6, fit.m[c][l]), u[c][l]));
      }
      int exact = cs.exactLevel();
      // The value frequencies of the term-frequency adjustment count matches as well, so they are
      // compared with the exact level's agreement among all random pairs, matches included.
      double tfBase = cs.termFrequency() && exact > 0 && u != plainU ? plainU[c][exact] : 0;
      fitted.add(new LinkageModel.FittedComparison(cs.name(), lv, fit.estimatedBy.get(c), tfBase));
    }
    return new LinkageModel(spec.name(), fit.prior, fitted, fit.report);
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

  /** m, the rules that estimated it, the prior and the training report, for one u. */
  private record Fit(
      double[][] m, List<List<String>> estimatedBy, double prior, Map<String, Object> report) {}

  /** m by EM on the training rules' samples and the prior among the candidate pairs, u fixed. */
  private static Fit fit(
      LinkageSpec spec,
      RecordTable table,
      Candidates candidates,
      java.util.function.IntFunction<Patterns> source,
      double[][] u) {
    TrainingSpec t = spec.training();
    int nc = spec.comparisons().size();
    // Estimates from rules on which a comparison is independent of the blocked fields, and, for
    // comparisons no rule leaves independent, from rules that merely do not block on its own field.
    List<List<double[]>> mIndependent = new ArrayList<>();
    List<List<double[]>> mFallback = new ArrayList<>();
    List<List<String>> byIndependent = new ArrayList<>();
    List<List<String>> byFallback = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      mIndependent.add(new ArrayList<>());
      mFallback.add(new ArrayList<>());
      byIndependent.add(new ArrayList<>());
      byFallback.add(new ArrayList<>());
    }
    double allPairs = table.allPairs();
    double bestMatches = 0;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("seed", t.seed());
    report.put("records", table.size());
    List<Map<String, Object>> rules = new ArrayList<>();
    List<String> emRules = emRulesInEffect(t, candidates);
    for (int r = 0; r < candidates.rules.length; r++) {
      BlockIndex bi = candidates.rules[r];
      Map<String, Object> rr = new LinkedHashMap<>();
      rr.put("rule", bi.rule.name());
      rr.put("pairs", bi.pairs);
      rules.add(rr);
      String skipped = whySkipped(spec, bi, emRules);
      if (skipped != null) {
        rr.put("skipped", skipped);
        continue;
      }
      boolean[] independent = new boolean[nc];
      boolean[] unblocked = new boolean[nc];
      for (int c = 0; c < nc; c++) {
        String field = spec.comparisons().get(c).field();
        unblocked[c] = !bi.rule.usesField(field);
        independent[c] = unblocked[c] && !blocksEvidenceOf(spec, bi.rule, field);
      }
      Patterns sample = source.apply(r);
      rr.put("sampled", sample.total);
      if (count(independent) >= 2) {
        fitRule(spec, sample, independent, u, t, rr, "", mIndependent, byIndependent);
      }
      if (!java.util.Arrays.equals(independent, unblocked)) {
        fitRule(spec, sample, unblocked, u, t, rr, "fallback", mFallback, byFallback);
      }
    }
    // Each level's m is the median over the rules that estimated it, so one rule whose pairs hold
    // many relatives cannot skew every comparison.
    double[][] m = new double[nc][];
    List<List<String>> estimatedBy = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      boolean own = !mIndependent.get(c).isEmpty();
      List<double[]> est = own ? mIndependent.get(c) : mFallback.get(c);
      m[c] = est.isEmpty() ? Em.initialM(u[c].length) : median(est, u[c].length);
      estimatedBy.add(own ? byIndependent.get(c) : byFallback.get(c));
    }
    // The prior: with m and u now fixed, EM estimates the share of matches among the pairs that
    // scoring will compare (the union of the rules, each pair once); nearly all matches are among
    // them, so that share times their number is the number of matches.
    boolean[] all = new boolean[nc];
    java.util.Arrays.fill(all, true);
    Patterns union = source.apply(-1);
    if (union.total() >= 50) {
      // Comparisons no training rule left independent got m from rules that block on the same
      // evidence in another form (the Latin name under a rule on the Arabic one agrees as the
      // Arabic does, and learns too little disagreement). Here, among all candidate pairs, they are
      // estimated again with everything else fixed.
      boolean[] refit = new boolean[nc];
      boolean any = false;
      for (int c = 0; c < nc; c++) {
        refit[c] =
            mIndependent.get(c).isEmpty()
                && (!mFallback.get(c).isEmpty()
                    || acrossScripts(spec.comparisons().get(c), emRules, candidates));
        any |= refit[c];
      }
      if (any) {
        Em.Result again =
            Em.fit(
                union.rows,
                union.counts,
                all,
                m,
                u,
                0.1,
                refit,
                false,
                t.emMaxIterations(),
                t.emTolerance());
        for (int c = 0; c < nc; c++) {
          if (refit[c]) {
            m[c] = again.m()[c];
            estimatedBy.set(c, List.of("candidate pairs (all rules)"));
          }
        }
      }
      Em.Result share =
          Em.fit(
              union.rows,
              union.counts,
              all,
              m,
              u,
              0.1,
              false,
              false,
              t.emMaxIterations(),
              t.emTolerance());
      bestMatches = share.lambda() * union.enumerated();
      report.put("candidatePairs", union.enumerated());
      report.put("candidateMatchShare", share.lambda());
    }
    report.put("rules", rules);
    // Too few candidate pairs to estimate it: one match per hundred thousand pairs; never above
    // half.
    double prior = bestMatches > 0 ? bestMatches / allPairs : 1e-5;
    prior = Math.min(0.5, Math.max(1e-12, prior));
    report.put("expectedMatches", bestMatches);
    return new Fit(m, estimatedBy, prior, report);
  }

  /** EM on one rule's sample with the given comparisons active; a plausible result is kept. */
  private static void fitRule(
      LinkageSpec spec,
      Patterns sample,
      boolean[] active,
      double[][] u,
      TrainingSpec t,
      Map<String, Object> rr,
      String tier,
      List<List<double[]>> m,
      List<List<String>> by) {
    int nc = active.length;
    double[][] m0 = new double[nc][];
    for (int c = 0; c < nc; c++) {
      m0[c] = Em.initialM(u[c].length);
    }
    Em.Result em =
        Em.fit(
            sample.rows,
            sample.counts,
            active,
            m0,
            u,
            0.1,
            false,
            t.emMaxIterations(),
            t.emTolerance());
    String prefix = tier.isEmpty() ? "" : tier + ".";
    rr.put(prefix + "iterations", em.iterations());
    rr.put(prefix + "converged", em.converged());
    rr.put(prefix + "matchShare", em.lambda());
    String implausible = implausible(spec, em, active, u);
    if (implausible != null) {
      // Without real matches among a rule's pairs (a list free of duplicates) EM calls some other
      // group "matches"; such estimates would merge namesakes, so the rule is not used.
      rr.put(prefix + "skipped", implausible);
      return;
    }
    for (int c = 0; c < nc; c++) {
      if (active[c]) {
        m.get(c).add(em.m()[c].clone());
        by.get(c).add((String) rr.get("rule"));
      }
    }
  }

  /**
   * Whether a comparison is the name across scripts and every training rule in effect blocks on it
   * (two lists in different scripts). No rule can estimate its m; it is estimated among the
   * candidate pairs with everything else fixed. Other comparisons keep their initial m then: on a
   * list free of duplicates, candidate pairs hold no matches for EM to find (a register's first
   * release of Arabic names with birth dates merged namesakes that way).
   */
  private static boolean acrossScripts(
      ComparisonSpec c, List<String> emRules, Candidates candidates) {
    if (c.fieldType() != ComparisonSpec.FieldType.CROSS_SCRIPT_NAME) {
      return false;
    }
    String field = c.field();
    boolean any = false;
    for (BlockIndex bi : candidates.rules) {
      if (emRules.isEmpty() || emRules.contains(bi.rule.name())) {
        if (!bi.rule.usesField(field)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  private static int count(boolean[] b) {
    int n = 0;
    for (boolean x : b) {
      n += x ? 1 : 0;
    }
    return n;
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

  /**
   * Why a rule's EM result is not a match class, or null when it is: in a match class the strongest
   * agreement level of every comparison is more likely than among non-matches.
   */
  static String implausible(LinkageSpec spec, Em.Result em, boolean[] active, double[][] u) {
    for (int c = 0; c < active.length; c++) {
      if (active[c] && !(em.m()[c][1] > u[c][1])) {
        return "no clear matches: in the class EM found, "
            + spec.comparisons().get(c).name()
            + " agrees less often than at random";
      }
    }
    return null;
  }

  /** Per-level median of the rules' m vectors, renormalized over the non-null levels. */
  static double[] median(List<double[]> vectors, int levels) {
    double[] out = new double[levels];
    double sum = 0;
    for (int l = 1; l < levels; l++) {
      double[] v = new double[vectors.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = vectors.get(i)[l];
      }
      java.util.Arrays.sort(v);
      out[l] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      sum += out[l];
    }
    for (int l = 1; l < levels; l++) {
      out[l] /= sum;
    }
    return out;
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
