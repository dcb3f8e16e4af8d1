package org.sijil.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement of two clusterings of the same records, counted over pairs of records: a pair is linked
 * in a clustering when both records have the same label. F1 is 1 exactly when both link the same
 * pairs.
 */
public record PairwiseF1(long pairsA, long pairsB, long pairsBoth) {

  /** Counts linked pairs in each clustering and in both (labels per record, same order). */
  public static PairwiseF1 of(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(a.length + " vs " + b.length + " records");
    }
    Map<Long, Long> both = new HashMap<>();
    Map<Integer, Long> inA = new HashMap<>();
    Map<Integer, Long> inB = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      inA.merge(a[i], 1L, Long::sum);
      inB.merge(b[i], 1L, Long::sum);
      both.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1L, Long::sum);
    }
    return new PairwiseF1(pairs(inA.values()), pairs(inB.values()), pairs(both.values()));
  }

  private static long pairs(java.util.Collection<Long> sizes) {
    long p = 0;
    for (long s : sizes) {
      p += s * (s - 1) / 2;
    }
    return p;
  }

  /** 1 when both clusterings link no pair at all. */
  public double f1() {
    return pairsA + pairsB == 0 ? 1.0 : 2.0 * pairsBoth / (pairsA + pairsB);
  }
}
