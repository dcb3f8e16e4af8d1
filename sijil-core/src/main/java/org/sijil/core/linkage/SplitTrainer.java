package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * {@link Trainer}'s rules on counts gathered by a distributed engine ({@link SplitJob}): the same u
 * smoothing, per-rule EM, medians, refits and prior, step for step, so the same counts give the
 * same model. Kept beside {@code Trainer} while the in-process engine is reworked; once it settles,
 * {@code Trainer} can take its counts from a {@link SplitJob.PatternSource} too and this copy goes.
 */
final class SplitTrainer {

  private SplitTrainer() {}

  static LinkageModel train(
      LinkageSpec spec, RecordTable table, Candidates candidates, SplitJob.PatternSource source) {
    TrainingSpec t = spec.training();
    int nc = spec.comparisons().size();
    double[][] u = smoothU(source.uCounts());
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
    java.util.Set<String> inEffect = new java.util.HashSet<>();
    for (BlockIndex bi : candidates.rules) {
      inEffect.add(bi.rule.name());
    }
    List<String> emRules = t.emRules().stream().filter(inEffect::contains).toList();
    for (int r = 0; r < candidates.rules.length; r++) {
      BlockIndex bi = candidates.rules[r];
      Map<String, Object> rr = new LinkedHashMap<>();
      rr.put("rule", bi.rule.name());
      rr.put("pairs", bi.pairs);
      rules.add(rr);
      if (!emRules.isEmpty() && !emRules.contains(bi.rule.name())) {
        rr.put("skipped", "not a training rule (training.emRules)");
        continue;
      }
      boolean[] independent = new boolean[nc];
      boolean[] unblocked = new boolean[nc];
      for (int c = 0; c < nc; c++) {
        String field = spec.comparisons().get(c).field();
        unblocked[c] = !bi.rule.usesField(field);
        independent[c] = unblocked[c] && !Trainer.blocksEvidenceOf(spec, bi.rule, field);
      }
      if (bi.pairs < 50 || count(unblocked) < 2) {
        rr.put(
            "skipped",
            bi.pairs < 50 ? "too few pairs" : "fewer than two comparisons left to estimate");
        continue;
      }
      Trainer.Patterns sample = patterns(source.patterns(r), nc);
      rr.put("sampled", sample.total());
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
      m[c] = est.isEmpty() ? Em.initialM(u[c].length) : Trainer.median(est, u[c].length);
      estimatedBy.add(own ? byIndependent.get(c) : byFallback.get(c));
    }
    // The prior: with m and u now fixed, EM estimates the share of matches among the pairs that
    // scoring will compare (the union of the rules, each pair once); nearly all matches are among
    // them, so that share times their number is the number of matches.
    boolean[] all = new boolean[nc];
    java.util.Arrays.fill(all, true);
    Trainer.Patterns union = patterns(source.patterns(-1), nc);
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
                union.rows(),
                union.counts(),
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
              union.rows(),
              union.counts(),
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
    List<LinkageModel.FittedComparison> fitted = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      ComparisonSpec cs = spec.comparisons().get(c);
      List<LinkageModel.FittedLevel> lv = new ArrayList<>();
      lv.add(new LinkageModel.FittedLevel(cs.levels().get(0).label(), 1, 1));
      for (int l = 1; l < m[c].length; l++) {
        lv.add(
            new LinkageModel.FittedLevel(
                cs.levels().get(l).label(), Math.max(1e-6, m[c][l]), u[c][l]));
      }
      fitted.add(new LinkageModel.FittedComparison(cs.name(), lv, estimatedBy.get(c)));
    }
    // Too few candidate pairs to estimate it: one match per hundred thousand pairs; never above
    // half.
    double prior = bestMatches > 0 ? bestMatches / allPairs : 1e-5;
    prior = Math.min(0.5, Math.max(1e-12, prior));
    report.put("expectedMatches", bestMatches);
    return new LinkageModel(spec.name(), prior, fitted, report);
  }

  /** u per comparison and level from summed level counts (Laplace-smoothed, as UEstimator). */
  static double[][] smoothU(long[][] sum) {
    double[][] u = new double[sum.length][];
    for (int c = 0; c < sum.length; c++) {
      int levels = sum[c].length;
      long nonNull = 0;
      for (int l = 1; l < levels; l++) {
        nonNull += sum[c][l];
      }
      u[c] = new double[levels];
      u[c][0] = 1;
      for (int l = 1; l < levels; l++) {
        u[c][l] = (sum[c][l] + 0.5) / (nonNull + 0.5 * (levels - 1));
      }
    }
    return u;
  }

  /** Pattern code → count (plus the enumerated pairs) as the trainer's patterns, in code order. */
  static Trainer.Patterns patterns(Map<Long, Long> counts, int nc) {
    java.util.TreeMap<Long, Long> sorted = new java.util.TreeMap<>(counts);
    Long enumerated = sorted.remove(SplitJob.ENUMERATED);
    int[][] rows = new int[sorted.size()][];
    long[] n = new long[sorted.size()];
    long total = 0;
    int i = 0;
    for (Map.Entry<Long, Long> e : sorted.entrySet()) {
      rows[i] = decode(e.getKey(), nc);
      n[i] = e.getValue();
      total += n[i];
      i++;
    }
    return new Trainer.Patterns(rows, n, total, enumerated == null ? 0 : enumerated);
  }

  private static int[] decode(long code, int nc) {
    int[] lv = new int[nc];
    for (int c = nc - 1; c >= 0; c--) {
      lv[c] = (int) (code & 15);
      code >>>= 4;
    }
    return lv;
  }

  /** EM on one rule's sample with the given comparisons active; a plausible result is kept. */
  private static void fitRule(
      LinkageSpec spec,
      Trainer.Patterns sample,
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
            sample.rows(),
            sample.counts(),
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
    String implausible = Trainer.implausible(spec, em, active, u);
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
}
