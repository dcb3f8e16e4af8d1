package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sijil.core.linkage.spec.ComparisonSpec;
import org.sijil.core.linkage.spec.LinkageSpec;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * Unsupervised, deterministic training (same data and seed, same model):
 *
 * <ol>
 *   <li>u-probabilities from random pairs, nearly all of which are non-matches;
 *   <li>m-probabilities by EM on a sample of each blocking rule's pairs, leaving out the comparisons
 *       on fields the rule blocks on (they agree by construction there); each comparison's m is the
 *       mean over the rules that estimated it;
 *   <li>the prior from the rule whose EM finds the most matches, relative to all pairs.
 * </ol>
 */
final class Trainer {

  private Trainer() {}

  static LinkageModel train(LinkageSpec spec, RecordTable table, Candidates candidates, int threads) {
    TrainingSpec t = spec.training();
    int nc = spec.comparisons().size();
    // The scorer only serves to assign levels here; its weights are irrelevant.
    PairScorer levels = new PairScorer(spec, placeholder(spec), table);
    double[][] u = estimateU(levels, table, t, threads);
    List<List<double[]>> mByRule = new ArrayList<>();
    List<List<String>> estimatedBy = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      mByRule.add(new ArrayList<>());
      estimatedBy.add(new ArrayList<>());
    }
    List<Patterns> samples = new ArrayList<>();
    List<boolean[]> actives = new ArrayList<>();
    List<Long> rulePairs = new ArrayList<>();
    double allPairs = table.allPairs();
    double bestMatches = 0;
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("seed", t.seed());
    report.put("records", table.size());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (int r = 0; r < candidates.rules.length; r++) {
      BlockIndex bi = candidates.rules[r];
      Map<String, Object> rr = new LinkedHashMap<>();
      rr.put("rule", bi.rule.name());
      rr.put("pairs", bi.pairs);
      rules.add(rr);
      boolean[] active = new boolean[nc];
      int activeCount = 0;
      for (int c = 0; c < nc; c++) {
        active[c] = !bi.rule.usesField(spec.comparisons().get(c).field());
        activeCount += active[c] ? 1 : 0;
      }
      if (bi.pairs < 50 || activeCount < 2) {
        rr.put("skipped", bi.pairs < 50 ? "too few pairs" : "fewer than two comparisons left to estimate");
        continue;
      }
      Patterns sample = samplePatterns(levels, candidates, r, t, threads);
      double[][] m0 = new double[nc][];
      for (int c = 0; c < nc; c++) {
        m0[c] = Em.initialM(u[c].length);
      }
      Em.Result em = Em.fit(sample.rows, sample.counts, active, m0, u, 0.1, false,
          t.emMaxIterations(), t.emTolerance());
      rr.put("sampled", sample.total);
      rr.put("iterations", em.iterations());
      rr.put("converged", em.converged());
      rr.put("matchShare", em.lambda());
      String implausible = implausible(spec, em, active, u);
      if (implausible != null) {
        // Without real matches among a rule's pairs (a list free of duplicates) EM calls some
        // other group "matches"; such estimates would merge namesakes, so the rule is not used.
        rr.put("skipped", implausible);
        continue;
      }
      for (int c = 0; c < nc; c++) {
        if (active[c]) {
          mByRule.get(c).add(em.m()[c].clone());
          estimatedBy.get(c).add(bi.rule.name());
        }
      }
      samples.add(sample);
      actives.add(active);
      rulePairs.add(bi.pairs);
    }
    // Each level's m is the median over the rules that estimated it: a rule whose pairs are mostly
    // relatives (same father, grandfather and family) finds a "match" class of siblings, and the
    // median keeps that one rule from skewing every comparison.
    double[][] m = new double[nc][];
    for (int c = 0; c < nc; c++) {
      m[c] = mByRule.get(c).isEmpty() ? Em.initialM(u[c].length) : median(mByRule.get(c), u[c].length);
    }
    // The prior: with m and u now fixed, the share of matches among each rule's pairs, times its
    // pairs, is the matches it finds; the most productive rule bounds the total from below.
    for (int i = 0; i < samples.size(); i++) {
      Em.Result share = Em.fit(samples.get(i).rows, samples.get(i).counts, actives.get(i), m, u, 0.1, false, false,
          t.emMaxIterations(), t.emTolerance());
      bestMatches = Math.max(bestMatches, share.lambda() * rulePairs.get(i));
    }
    report.put("rules", rules);
    List<LinkageModel.FittedComparison> fitted = new ArrayList<>();
    for (int c = 0; c < nc; c++) {
      ComparisonSpec cs = spec.comparisons().get(c);
      List<LinkageModel.FittedLevel> lv = new ArrayList<>();
      lv.add(new LinkageModel.FittedLevel(cs.levels().get(0).label(), 1, 1));
      for (int l = 1; l < m[c].length; l++) {
        lv.add(new LinkageModel.FittedLevel(cs.levels().get(l).label(), Math.max(1e-6, m[c][l]), u[c][l]));
      }
      fitted.add(new LinkageModel.FittedComparison(cs.name(), lv, estimatedBy.get(c)));
    }
    // At least one match per hundred thousand pairs in tiny jobs, never more than half.
    double prior = bestMatches > 0 ? bestMatches / allPairs : 1e-5;
    prior = Math.min(0.5, Math.max(1e-12, prior));
    report.put("expectedMatches", bestMatches);
    return new LinkageModel(spec.name(), prior, fitted, report);
  }

  /**
   * Why a rule's EM result is not a match class, or null when it is: in a match class the strongest
   * agreement level of every comparison is more likely than among non-matches.
   */
  static String implausible(LinkageSpec spec, Em.Result em, boolean[] active, double[][] u) {
    for (int c = 0; c < active.length; c++) {
      if (active[c] && !(em.m()[c][1] > u[c][1])) {
        return "no clear matches: in the class EM found, " + spec.comparisons().get(c).name()
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

  /** u per comparison and level from random pairs (Laplace-smoothed over non-null levels). */
  static double[][] estimateU(PairScorer scorer, RecordTable table, TrainingSpec t, int threads) {
    int nc = scorer.comparisons.length;
    long target = Math.min(t.uSamplePairs(), Math.max(1000, table.allPairs()));
    int chunks = 64;
    long perChunk = (target + chunks - 1) / chunks;
    long[][][] parts = Workers.map(chunks, threads, chunk -> {
      SplittableRandom rnd = new SplittableRandom(RecordTable.mix(t.seed() * 31 + chunk));
      long[][] counts = new long[nc][];
      for (int c = 0; c < nc; c++) {
        counts[c] = new long[scorer.comparisons[c].levels()];
      }
      Scratch s = new Scratch();
      int[] lv = new int[nc];
      int n = table.size();
      int left = table.leftSize();
      for (long i = 0; i < perChunk; i++) {
        int a;
        int b;
        if (table.isLink()) {
          a = rnd.nextInt(left);
          b = left + rnd.nextInt(n - left);
        } else {
          a = rnd.nextInt(n);
          b = rnd.nextInt(n - 1);
          if (b >= a) {
            b++;
          }
        }
        scorer.levels(a, b, s, lv);
        for (int c = 0; c < nc; c++) {
          counts[c][lv[c]]++;
        }
      }
      return counts;
    }, new long[0][][]);
    double[][] u = new double[nc][];
    for (int c = 0; c < nc; c++) {
      int levels = scorer.comparisons[c].levels();
      long[] sum = new long[levels];
      for (long[][] p : parts) {
        for (int l = 0; l < levels; l++) {
          sum[l] += p[c][l];
        }
      }
      long nonNull = 0;
      for (int l = 1; l < levels; l++) {
        nonNull += sum[l];
      }
      u[c] = new double[levels];
      u[c][0] = 1;
      for (int l = 1; l < levels; l++) {
        u[c][l] = (sum[l] + 0.5) / (nonNull + 0.5 * (levels - 1));
      }
    }
    return u;
  }

  /** Distinct level patterns of a deterministic sample of one rule's pairs, in a fixed order. */
  record Patterns(int[][] rows, long[] counts, long total) {}

  static Patterns samplePatterns(PairScorer scorer, Candidates cand, int rule, TrainingSpec t, int threads) {
    int nc = scorer.comparisons.length;
    long pairs = cand.rules[rule].pairs;
    double p = Math.min(1.0, t.emSamplePairs() / (double) pairs);
    long threshold = p >= 1 ? Long.MAX_VALUE : (long) (p * Long.MAX_VALUE);
    long seed = RecordTable.mix(t.seed() ^ (rule + 1) * 0x9E3779B97F4A7C15L);
    List<Candidates.Unit> units = new ArrayList<>();
    for (Candidates.Unit u : cand.units) {
      if (u.rule() == rule) {
        units.add(u);
      }
    }
    @SuppressWarnings("unchecked")
    Map<Long, long[]>[] maps = Workers.map(units.size(), threads, i -> {
      Map<Long, long[]> local = new HashMap<>();
      Scratch s = new Scratch();
      int[] lv = new int[nc];
      cand.forEach(units.get(i), false, (a, b) -> {
        // Sampling by a hash of the pair, not a shared random stream: same sample on any thread count.
        long h = RecordTable.mix(seed + a * 0x632BE59BD9B4E019L + b) >>> 1;
        if (h > threshold) {
          return;
        }
        scorer.levels(a, b, s, lv);
        long code = 0;
        for (int c = 0; c < nc; c++) {
          code = (code << 4) | lv[c];
        }
        local.computeIfAbsent(code, k -> new long[1])[0]++;
      });
      return local;
    }, new Map[0]);
    java.util.TreeMap<Long, Long> merged = new java.util.TreeMap<>();
    for (Map<Long, long[]> m : maps) {
      m.forEach((k, v) -> merged.merge(k, v[0], Long::sum));
    }
    int[][] rows = new int[merged.size()][];
    long[] counts = new long[merged.size()];
    long total = 0;
    int i = 0;
    for (Map.Entry<Long, Long> e : merged.entrySet()) {
      int[] lv = new int[nc];
      long code = e.getKey();
      for (int c = nc - 1; c >= 0; c--) {
        lv[c] = (int) (code & 15);
        code >>>= 4;
      }
      rows[i] = lv;
      counts[i] = e.getValue();
      total += counts[i];
      i++;
    }
    return new Patterns(rows, counts, total);
  }
}
