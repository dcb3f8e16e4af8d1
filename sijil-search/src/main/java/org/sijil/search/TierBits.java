package org.sijil.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The word-wise set operations of {@link TierCandidates}, over the first {@code words} words of
 * arrays that may be longer (scratch reused across segments of different sizes).
 */
final class TierBits {

  private TierBits() {}

  /** {@code into |= set}, word by word. */
  static void or(long[] into, long[] set, int words) {
    for (int w = 0; w < words; w++) {
      into[w] |= set[w];
    }
  }

  /**
   * Writes into the first {@code words} words of {@code out} (zeroed) the persons in at least
   * {@code need} of {@code n} clauses, {@code need} being {@code n − 1}: {@code common} are the
   * words of some clauses, {@code rare} the sorted persons of the others. A person missing from
   * every rare clause is in the tier only when it is in all common sets but at most {@code need − n
   * + 1 − |rare|}; otherwise each person of the tier is in a rare clause, and only their persons
   * are tested.
   */
  static void atLeast(
      List<long[]> common, List<int[]> rare, int need, int n, long[] out, int words) {
    int missable = n - need - rare.size(); // common sets a person outside the rare ones may miss
    if (missable == 1 && common.size() >= 2) {
      inAllButOne(common, out, words);
    } else if (missable == 0 && !common.isEmpty()) {
      inAll(common, out, words);
    }
    addRare(common, rare, need, n, out);
  }

  /** Words of the persons in all sets but at most one (at least two sets). */
  private static void inAllButOne(List<long[]> sets, long[] out, int words) {
    long[][] all = sets.toArray(new long[0][]);
    for (int w = 0; w < words; w++) {
      long every = -1L;
      long allButOne = -1L;
      for (long[] set : all) {
        long bits = set[w];
        allButOne = (allButOne & bits) | every;
        every &= bits;
      }
      out[w] = allButOne;
    }
  }

  private static void inAll(List<long[]> sets, long[] out, int words) {
    System.arraycopy(sets.get(0), 0, out, 0, words);
    for (long[] set : sets.subList(1, sets.size())) {
      for (int w = 0; w < words; w++) {
        out[w] &= set[w];
      }
    }
  }

  /**
   * Adds the rare clauses' persons in at least {@code need} of the {@code n} clauses. A person may
   * miss {@code n − need} clauses at most, so when there are more rare clauses than that, each
   * person of the tier is in one of the {@code n − need + 1} shortest rare lists: only their merged
   * persons are tested, against the other rare lists (sought forward, galloping) and the common
   * sets, rather than every person of every rare list.
   */
  private static void addRare(List<long[]> common, List<int[]> rare, int need, int n, long[] out) {
    int[][] lists = rare.toArray(new int[0][]);
    Arrays.sort(lists, Comparator.comparingInt(docs -> docs.length));
    int drivers = Math.min(lists.length, n - need + 1);
    int[] at = new int[lists.length];
    while (true) {
      int doc = Integer.MAX_VALUE;
      for (int i = 0; i < drivers; i++) {
        if (at[i] < lists[i].length && lists[i][at[i]] < doc) {
          doc = lists[i][at[i]];
        }
      }
      if (doc == Integer.MAX_VALUE) {
        return;
      }
      int in = 0;
      for (int i = 0; i < drivers; i++) {
        if (at[i] < lists[i].length && lists[i][at[i]] == doc) {
          in++;
          at[i]++;
        }
      }
      for (int i = drivers; i < lists.length; i++) {
        at[i] = seek(lists[i], at[i], doc);
        if (at[i] < lists[i].length && lists[i][at[i]] == doc) {
          in++;
        }
      }
      for (long[] set : common) {
        in += (int) ((set[doc >> 6] >>> doc) & 1L);
      }
      if (in >= need) {
        out[doc >> 6] |= 1L << doc;
      }
    }
  }

  /**
   * The first index from {@code from} on whose person is {@code target} or after, in sorted
   * distinct {@code docs}: steps doubling from {@code from}, then a binary search in the last step.
   */
  static int seek(int[] docs, int from, int target) {
    int low = from;
    int high = from;
    int step = 1;
    while (high < docs.length && docs[high] < target) {
      low = high + 1;
      high += step;
      step <<= 1;
    }
    int found = Arrays.binarySearch(docs, low, Math.min(high + 1, docs.length), target);
    return found >= 0 ? found : -found - 1;
  }

  /** The sorted persons of the first {@code words} words. */
  static int[] docs(long[] set, int words) {
    int count = 0;
    for (int w = 0; w < words; w++) {
      count += Long.bitCount(set[w]);
    }
    int[] docs = new int[count];
    int n = 0;
    for (int w = 0; w < words && n < count; w++) {
      for (long bits = set[w]; bits != 0; bits &= bits - 1) {
        docs[n++] = (w << 6) + Long.numberOfTrailingZeros(bits);
      }
    }
    return docs;
  }

  /** The first {@code n} of sorted {@code docs} without repeats. */
  static int[] distinct(int[] docs, int n) {
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (kept == 0 || docs[kept - 1] != docs[i]) {
        docs[kept++] = docs[i];
      }
    }
    return Arrays.copyOf(docs, kept);
  }
}
