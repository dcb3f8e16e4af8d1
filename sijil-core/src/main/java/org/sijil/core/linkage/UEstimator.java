package org.sijil.core.linkage;

import java.util.SplittableRandom;
import org.sijil.core.linkage.spec.TrainingSpec;

/**
 * The u-probabilities of a job: how often each comparison level occurs among random pairs, nearly
 * all of which are non-matches. The sample is cut into {@link #CHUNKS} chunks, each with its own
 * seeded random stream, so it is the same on any number of threads or machines.
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
    long target = Math.min(t.uSamplePairs(), Math.max(1000, table.allPairs()));
    long perChunk = (target + CHUNKS - 1) / CHUNKS;
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
  }

  /** u from summed level counts: Laplace-smoothed over the non-null levels; level 0 (null) is 1. */
  static double[][] smooth(long[][] sum) {
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
}
