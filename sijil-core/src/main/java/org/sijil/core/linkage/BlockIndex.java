package org.sijil.core.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sijil.core.linkage.spec.BlockingRuleSpec;

/**
 * The candidate pairs of one blocking rule as groups of records sharing a key, without
 * materializing the pairs: records are sorted by (key, index) in one packed {@code long[]}, so a
 * group is a run and, in a link job, its left records come before its right ones.
 */
final class BlockIndex {

  static final int MAX_RECORDS = 1 << 24;
  private static final int INDEX_BITS = 24;

  final BlockingRuleSpec rule;
  final long[] keys;
  final int[] order;

  /** Start of each group in {@link #order}; groupStart[g+1] is its end. */
  final int[] groupStart;

  /** In a link job, the first right-side position of each group. */
  final int[] groupSplit;

  final long pairs;

  BlockIndex(BlockingRuleSpec rule, RecordTable table) {
    if (table.size() >= MAX_RECORDS) {
      throw new IllegalArgumentException(
          "at most " + (MAX_RECORDS - 1) + " records per job, got " + table.size());
    }
    this.rule = rule;
    this.keys = table.blockingKeys(rule);
    int n = keys.length;
    long[] packed = new long[n];
    int m = 0;
    for (int r = 0; r < n; r++) {
      if (keys[r] != FeatureColumn.MISSING) {
        packed[m++] = (keys[r] & (-1L << INDEX_BITS)) | r;
      }
    }
    packed = Arrays.copyOf(packed, m);
    Arrays.parallelSort(packed);
    int[] ord = new int[m];
    List<int[]> groups = new ArrayList<>();
    int leftSize = table.leftSize();
    boolean link = table.isLink();
    long total = 0;
    int out = 0;
    int i = 0;
    int[] starts = new int[16];
    int[] splits = new int[16];
    int g = 0;
    while (i < m) {
      long hi = packed[i] >>> INDEX_BITS;
      int j = i + 1;
      while (j < m && (packed[j] >>> INDEX_BITS) == hi) {
        j++;
      }
      int size = j - i;
      int split = i;
      while (split < j && (int) (packed[split] & ((1L << INDEX_BITS) - 1)) < leftSize) {
        split++;
      }
      long groupPairs = link ? (long) (split - i) * (j - split) : (long) size * (size - 1) / 2;
      if (groupPairs > 0) {
        if (g + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          splits = Arrays.copyOf(splits, splits.length * 2);
        }
        starts[g] = out;
        splits[g] = out + (split - i);
        for (int k = i; k < j; k++) {
          ord[out++] = (int) (packed[k] & ((1L << INDEX_BITS) - 1));
        }
        g++;
        total += groupPairs;
      }
      i = j;
    }
    starts[g] = out;
    this.order = Arrays.copyOf(ord, out);
    this.groupStart = Arrays.copyOf(starts, g + 1);
    this.groupSplit = Arrays.copyOf(splits, g);
    this.pairs = total;
  }

  int groups() {
    return groupSplit.length;
  }

  /** Pairs of group g whose outer position is in [outerFrom, outerTo). */
  long pairs(int g, int outerFrom, int outerTo, boolean link) {
    int e = groupStart[g + 1];
    if (link) {
      return (long) (outerTo - outerFrom) * (e - groupSplit[g]);
    }
    long p = 0;
    for (int i = outerFrom; i < outerTo; i++) {
      p += e - i - 1;
    }
    return p;
  }

  int outerEnd(int g, boolean link) {
    return link ? groupSplit[g] : groupStart[g + 1] - 1;
  }
}
