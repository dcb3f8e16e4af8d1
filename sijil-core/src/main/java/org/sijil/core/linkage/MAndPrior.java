package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * One round of {@link Trainer}'s EM for a fixed u: m by EM on each training rule's sample, the
 * median over the rules, comparisons no rule left independent estimated again among the candidate
 * pairs, and the prior from EM's share of matches among them.
 */
final class MAndPrior {

  /** m, the rules that estimated it, the prior and the training report, for one u. */
  record Fit(
      double[][] m, List<List<String>> estimatedBy, double prior, Map<String, Object> report) {}

  private final LinkageSpec spec;
  private final TrainingSpec t;
  private final Candidates candidates;
  private final double[][] u;
  private final int nc;
  private final List<String> emRules;

  // Estimates from rules on which a comparison is independent of the blocked fields, and, for
  // comparisons no rule leaves independent, from rules that merely do not block on its own field.
  private final List<List<double[]>> mIndependent = new ArrayList<>();
  private final List<List<double[]>> mFallback = new ArrayList<>();
  private final List<List<String>> byIndependent = new ArrayList<>();
  private final List<List<String>> byFallback = new ArrayList<>();

  private MAndPrior(LinkageSpec spec, Candidates candidates, double[][] u) {
    this.spec = spec;
    this.t = spec.training();
    this.candidates = candidates;
    this.u = u;
    this.nc = spec.comparisons().size();
    this.emRules = Trainer.emRulesInEffect(t, candidates);
    for (int c = 0; c < nc; c++) {
      mIndependent.add(new ArrayList<>());
      mFallback.add(new ArrayList<>());
      byIndependent.add(new ArrayList<>());
      byFallback.add(new ArrayList<>());
    }
  }

  /** m by EM on the training rules' samples and the prior among the candidate pairs, u fixed. */
  static Fit fit(
      LinkageSpec spec,
      RecordTable table,
      Candidates candidates,
      IntFunction<Trainer.Patterns> source,
      double[][] u) {
    MAndPrior f = new MAndPrior(spec, candidates, u);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("seed", f.t.seed());
    report.put("records", table.size());
    List<Map<String, Object>> rules = f.fitRules(source);
    double[][] m = new double[f.nc][];
    List<List<String>> estimatedBy = f.medians(m);
    double bestMatches = f.refitAndCountMatches(source.apply(-1), m, estimatedBy, report);
    report.put("rules", rules);
    // Too few candidate pairs to estimate it: one match per hundred thousand pairs; never above
    // half.
    double prior = bestMatches > 0 ? bestMatches / table.allPairs() : 1e-5;
    prior = Math.min(0.5, Math.max(1e-12, prior));
    report.put("expectedMatches", bestMatches);
    return new Fit(m, estimatedBy, prior, report);
  }

  /** EM on each training rule's sample; the rules' entries of the report. */
  private List<Map<String, Object>> fitRules(IntFunction<Trainer.Patterns> source) {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (int r = 0; r < candidates.rules.length; r++) {
      BlockIndex bi = candidates.rules[r];
      Map<String, Object> rr = new LinkedHashMap<>();
      rr.put("rule", bi.rule.name());
      rr.put("pairs", bi.pairs);
      rules.add(rr);
      String skipped = Trainer.whySkipped(spec, bi, emRules);
      if (skipped != null) {
        rr.put("skipped", skipped);
        continue;
      }
      boolean[] independent = new boolean[nc];
      boolean[] unblocked = new boolean[nc];
      for (int c = 0; c < nc; c++) {
        String field = spec.comparisons().get(c).field();
        unblocked[c] = !bi.rule.usesField(field);
        independent[c] = unblocked[c] && !Trainer.blocksEvidenceOf(spec, bi.rule, field);
      }
      Trainer.Patterns sample = source.apply(r);
      rr.put("sampled", sample.total());
      if (count(independent) >= 2) {
        fitRule(sample, independent, rr, "", mIndependent, byIndependent);
      }
      if (!Arrays.equals(independent, unblocked)) {
        fitRule(sample, unblocked, rr, "fallback", mFallback, byFallback);
      }
    }
    return rules;
  }

  /**
   * Each level's m into {@code m}: the median over the rules that estimated it, so one rule whose
   * pairs hold many relatives cannot skew every comparison; the rules, per comparison.
   */
  private List<List<String>> medians(double[][] m) {
    List<List<String>> estimatedBy = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      boolean own = !mIndependent.get(c).isEmpty();
      List<double[]> est = own ? mIndependent.get(c) : mFallback.get(c);
      m[c] = est.isEmpty() ? Em.initialM(u[c].length) : median(est, u[c].length);
      estimatedBy.add(own ? byIndependent.get(c) : byFallback.get(c));
    }
    return estimatedBy;
  }

  /**
   * The expected number of matches: with m and u now fixed, EM estimates the share of matches among
   * the pairs that scoring will compare (the union of the rules, each pair once); nearly all
   * matches are among them, so that share times their number is the number of matches. 0 when the
   * union is too small.
   */
  private double refitAndCountMatches(
      Trainer.Patterns union,
      double[][] m,
      List<List<String>> estimatedBy,
      Map<String, Object> report) {
    if (union.total() < 50) {
      return 0;
    }
    boolean[] all = new boolean[nc];
    Arrays.fill(all, true);
    refitAmongCandidates(union, all, m, estimatedBy);
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
    report.put("candidatePairs", union.enumerated());
    report.put("candidateMatchShare", share.lambda());
    return share.lambda() * union.enumerated();
  }

  /**
   * Comparisons no training rule left independent got m from rules that block on the same evidence
   * in another form (the Latin name under a rule on the Arabic one agrees as the Arabic does, and
   * learns too little disagreement). Here, among all candidate pairs, they are estimated again with
   * everything else fixed.
   */
  private void refitAmongCandidates(
      Trainer.Patterns union, boolean[] all, double[][] m, List<List<String>> estimatedBy) {
    boolean[] refit = new boolean[nc];
    boolean any = false;
    for (int c = 0; c < nc; c++) {
      refit[c] =
          mIndependent.get(c).isEmpty()
              && (!mFallback.get(c).isEmpty()
                  || acrossScripts(spec.comparisons().get(c), emRules, candidates));
      any |= refit[c];
    }
    if (!any) {
      return;
    }
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

  /** EM on one rule's sample with the given comparisons active; a plausible result is kept. */
  private void fitRule(
      Trainer.Patterns sample,
      boolean[] active,
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
      Arrays.sort(v);
      out[l] = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
      sum += out[l];
    }
    for (int l = 1; l < levels; l++) {
      out[l] /= sum;
    }
    return out;
  }
}
