package org.sijil.core.linkage;

import java.util.SplittableRandom;
import org.sijil.core.linkage.spec.TrainingSpec;

/** The u-probabilities of a job: how often each comparison level occurs among random pairs. */
final class UEstimator {

  private UEstimator() {}

  /** u per comparison and level from random pairs (Laplace-smoothed over non-null levels). */
  static double[][] estimateU(PairScorer scorer, RecordTable table, TrainingSpec t, int threads) {
    int nc = scorer.comparisons.length;
    long target = Math.min(t.uSamplePairs(), Math.max(1000, table.allPairs()));
    int chunks = 64;
    long perChunk = (target + chunks - 1) / chunks;
    long[][][] parts =
        Workers.map(
            chunks,
            threads,
            chunk -> {
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
            },
            new long[0][][]);
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
}
