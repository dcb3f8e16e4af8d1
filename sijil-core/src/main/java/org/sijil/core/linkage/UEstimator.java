package org.sijil.core.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * The u-probabilities of a job: how often each comparison level occurs among the non-matches of
 * random pairs. Counted over all random pairs first; once m and the prior are known, the matches
 * among them are taken out ({@link #nonMatchU}). The sample is cut into {@link #CHUNKS} chunks,
 * each with its own seeded random stream, so it is the same on any number of threads or machines.
 */
final class UEstimator {

  /** Sampling chunks of the random pairs. */
  static final int CHUNKS = 64;

  private UEstimator() {}

  /** Level counts of the whole sample, the chunks side by side. */
  static long[][] count(PairScorer scorer, RecordTable table, TrainingSpec t, int threads) {
    long[][][] parts =
        Workers.map(CHUNKS, threads, chunk -> countChunk(scorer, table, t, chunk), new long[0][][]);
    long[][] sum = new long[parts[0].length][];
    for (int c = 0; c < sum.length; c++) {
      sum[c] = new long[parts[0][c].length];
      for (long[][] p : parts) {
        for (int l = 0; l < sum[c].length; l++) {
          sum[c][l] += p[c][l];
        }
      }
    }
    return sum;
  }

  /**
   * Level counts (per comparison, per level) of one chunk of random pairs: across the two lists in
   * a link job, any two distinct records in a dedupe job.
   */
  static long[][] countChunk(PairScorer scorer, RecordTable table, TrainingSpec t, int chunk) {
    int nc = scorer.comparisons.length;
    long[][] counts = new long[nc][];
    for (int c = 0; c < nc; c++) {
      counts[c] = new long[scorer.comparisons[c].levels()];
    }
    draw(
        scorer,
        table,
        t,
        chunk,
        BATCH,
        lv -> {
          for (int c = 0; c < nc; c++) {
            counts[c][lv[c]]++;
          }
        });
    return counts;
  }

  /**
   * Comparison-pattern code ({@link TrainingSample}'s packing) → pairs, of the same random pairs as
   * {@link #countChunk}: what {@link #nonMatchU} needs to tell the matches among them apart.
   */
  static Map<Long, Long> patternsChunk(
      PairScorer scorer, RecordTable table, TrainingSpec t, int chunk, int batch) {
    Map<Long, long[]> counts = new HashMap<>();
    draw(
        scorer,
        table,
        t,
        chunk,
        batch,
        lv -> counts.computeIfAbsent(code(lv), k -> new long[1])[0]++);
    Map<Long, Long> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** Pattern counts of the whole sample, the chunks side by side. */
  static Map<Long, Long> patterns(
      PairScorer scorer, RecordTable table, TrainingSpec t, int threads) {
    return patterns(scorer, table, t, threads, BATCH);
  }

  /**
   * As above, the pairs compared {@code batch} at a time: any batch gives the same counts, and a
   * batch of 1 is the way pairs were compared before batching (UEstimatorTest compares the two,
   * {@code bench train-steps} times them).
   */
  static Map<Long, Long> patterns(
      PairScorer scorer, RecordTable table, TrainingSpec t, int threads, int batch) {
    @SuppressWarnings("unchecked")
    Map<Long, Long>[] parts =
        Workers.map(
            CHUNKS, threads, chunk -> patternsChunk(scorer, table, t, chunk, batch), new Map[0]);
    Map<Long, Long> sum = new TreeMap<>();
    for (Map<Long, Long> p : parts) {
      p.forEach((k, v) -> sum.merge(k, v, Long::sum));
    }
    return sum;
  }

  private static long code(int[] lv) {
    long code = 0;
    for (int l : lv) {
      code = (code << 4) | l;
    }
    return code;
  }

  /**
   * Random pairs drawn, then compared, this many at a time: their first reads of memory, made
   * together beforehand ({@link PairScorer#touch}), overlap. Small enough for a batch's cache lines
   * to stay in the core's cache until compared.
   */
  static final int BATCH = 64;

  /** Draws one chunk's random pairs and hands each pair's levels to {@code sink}. */
  private static void draw(
      PairScorer scorer,
      RecordTable table,
      TrainingSpec t,
      int chunk,
      int batch,
      java.util.function.Consumer<int[]> sink) {
    long target = Math.min(t.uSamplePairs(), Math.max(1000, table.allPairs()));
    long perChunk = (target + CHUNKS - 1) / CHUNKS;
    SplittableRandom rnd = new SplittableRandom(RecordTable.mix(t.seed() * 31 + chunk));
    Scratch s = new Scratch();
    int[] lv = new int[scorer.comparisons.length];
    int[] as = new int[batch];
    int[] bs = new int[batch];
    int n = table.size();
    int left = table.leftSize();
    for (long i = 0; i < perChunk; i += batch) {
      int m = (int) Math.min(batch, perChunk - i);
      // The stream gives the same pairs in the same order as drawing one pair at a time.
      for (int k = 0; k < m; k++) {
        if (table.isLink()) {
          as[k] = rnd.nextInt(left);
          bs[k] = left + rnd.nextInt(n - left);
        } else {
          int a = rnd.nextInt(n);
          int b = rnd.nextInt(n - 1);
          as[k] = a;
          bs[k] = b >= a ? b + 1 : b;
        }
      }
      s.touched += scorer.touch(as, bs, m);
      for (int k = 0; k < m; k++) {
        scorer.levels(as[k], bs[k], s, lv);
        sink.accept(lv);
      }
    }
  }

  /** Level counts per comparison summed over a pattern sample. */
  static long[][] marginals(Trainer.Patterns sample, int[] levels) {
    long[][] sum = new long[levels.length][];
    for (int c = 0; c < levels.length; c++) {
      sum[c] = new long[levels[c]];
    }
    for (int p = 0; p < sample.rows().length; p++) {
      for (int c = 0; c < levels.length; c++) {
        sum[c][sample.rows()[p][c]] += sample.counts()[p];
      }
    }
    return sum;
  }

  /**
   * u among the non-matches of the random pairs: EM on their comparison patterns with m and the
   * share of matches fixed (the prior, estimated among the candidate pairs), u alone estimated.
   *
   * <p>Why: between two releases that share most of their people, a random pair that agrees on the
   * whole name is as likely a true match as not (the share of matches among random pairs, the
   * prior, is then about the rate at which non-matches agree), so u counted over all random pairs
   * makes an exact name count for little. Each random pair here counts towards u by its posterior
   * probability of being a non-match: a pair agreeing on the name and on age and sex counts almost
   * nothing, a namesake of another age almost fully. With m and the prior fixed the likelihood is
   * concave in u, so the estimate does not depend on where EM starts. Smoothed as {@link #smooth}.
   *
   * @param sample the random pairs' patterns
   * @param m m per comparison and level (level 0 ignored)
   * @param prior share of matches among random pairs
   * @param u0 u to start from (the plain estimate)
   */
  static double[][] nonMatchU(
      Trainer.Patterns sample,
      double[][] m,
      double prior,
      double[][] u0,
      int maxIterations,
      double tolerance) {
    double[][] u = Em.deepCopy(u0);
    int nc = u.length;
    for (int it = 0; it < maxIterations; it++) {
      double[][] sums = new double[nc][];
      for (int c = 0; c < nc; c++) {
        sums[c] = new double[u[c].length];
      }
      for (int p = 0; p < sample.rows().length; p++) {
        int[] lv = sample.rows()[p];
        double pm = prior;
        double pu = 1 - prior;
        for (int c = 0; c < nc; c++) {
          if (lv[c] > 0) {
            pm *= m[c][lv[c]];
            pu *= u[c][lv[c]];
          }
        }
        double nonMatch = sample.counts()[p] * (pu / (pm + pu));
        for (int c = 0; c < nc; c++) {
          sums[c][lv[c]] += nonMatch;
        }
      }
      double[][] next = smooth(sums);
      double delta = 0;
      for (int c = 0; c < nc; c++) {
        for (int l = 1; l < next[c].length; l++) {
          delta = Math.max(delta, Math.abs(next[c][l] - u[c][l]) / u[c][l]);
        }
      }
      u = next;
      if (delta < tolerance) {
        break;
      }
    }
    return u;
  }

  /** u from summed level counts: Laplace-smoothed over the non-null levels; level 0 (null) is 1. */
  static double[][] smooth(long[][] sum) {
    double[][] d = new double[sum.length][];
    for (int c = 0; c < sum.length; c++) {
      d[c] = new double[sum[c].length];
      for (int l = 0; l < d[c].length; l++) {
        d[c][l] = sum[c][l];
      }
    }
    return smooth(d);
  }

  /** As above, of counts weighted by each pair's share as a non-match. */
  static double[][] smooth(double[][] sum) {
    double[][] u = new double[sum.length][];
    for (int c = 0; c < sum.length; c++) {
      int levels = sum[c].length;
      double nonNull = 0;
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
}
