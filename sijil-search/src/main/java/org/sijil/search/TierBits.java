package org.sijil.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.util.FixedBitSet;

/** The word-wise set operations of {@link TierCandidates}. */
final class TierBits {

  private TierBits() {}

  /** The scorer's persons as a set of the segment's {@code maxDoc}. */
  static FixedBitSet of(Scorer s, int maxDoc) throws IOException {
    FixedBitSet set = new FixedBitSet(maxDoc);
    TwoPhaseIterator confirm = s.twoPhaseIterator();
    DocIdSetIterator it = confirm == null ? s.iterator() : confirm.approximation();
    for (int d = it.nextDoc(); d < maxDoc; d = it.nextDoc()) {
      if (confirm == null || confirm.matches()) {
        set.set(d);
      }
    }
    return set;
  }

  /**
   * The persons in at least {@code need} of {@code n} clauses, {@code need} being {@code n} or
   * {@code n − 1}: {@code common} are the words of the kept sets, {@code rare} the sorted persons
   * of the others. A person missing from every rare clause is in the tier only when it is in all
   * common sets but at most {@code need − n + 1 − |rare|}; otherwise each person of the tier is in
   * a rare clause, and only their persons are tested.
   */
  static FixedBitSet atLeast(List<long[]> common, List<int[]> rare, int n, int need, int maxDoc) {
    long[] out = new long[FixedBitSet.bits2words(maxDoc)];
    int missable = n - need - rare.size(); // common sets a person outside the rare ones may miss
    if (missable == 1) {
      inAllButOne(common, out);
    } else if (missable == 0) {
      inAll(common, out);
    }
    FixedBitSet tier = new FixedBitSet(out, maxDoc);
    addRare(common, rare, need, tier);
    return tier;
  }

  /** Words of the persons in all sets but at most one (at least two sets). */
  private static void inAllButOne(List<long[]> sets, long[] out) {
    long[][] words = sets.toArray(new long[0][]);
    for (int w = 0; w < out.length; w++) {
      long all = -1L;
      long allButOne = -1L;
      for (long[] set : words) {
        long bits = set[w];
        allButOne = (allButOne & bits) | all;
        all &= bits;
      }
      out[w] = allButOne;
    }
  }

  private static void inAll(List<long[]> sets, long[] out) {
    java.util.Arrays.fill(out, -1L);
    for (long[] set : sets) {
      for (int w = 0; w < out.length; w++) {
        out[w] &= set[w];
      }
    }
    if (sets.isEmpty()) {
      java.util.Arrays.fill(out, 0L);
    }
  }

  /**
   * Adds the rare clauses' persons in at least {@code need} clauses, merging their sorted lists and
   * testing each against the common sets.
   */
  private static void addRare(List<long[]> common, List<int[]> rare, int need, FixedBitSet tier) {
    int[] at = new int[rare.size()];
    while (true) {
      int doc = Integer.MAX_VALUE;
      for (int i = 0; i < at.length; i++) {
        int[] docs = rare.get(i);
        if (at[i] < docs.length && docs[at[i]] < doc) {
          doc = docs[at[i]];
        }
      }
      if (doc == Integer.MAX_VALUE) {
        return;
      }
      int in = 0;
      for (int i = 0; i < at.length; i++) {
        int[] docs = rare.get(i);
        if (at[i] < docs.length && docs[at[i]] == doc) {
          in++;
          at[i]++;
        }
      }
      for (long[] set : common) {
        in += (int) ((set[doc >> 6] >>> doc) & 1L);
      }
      if (in >= need) {
        tier.set(doc);
      }
    }
  }
}
