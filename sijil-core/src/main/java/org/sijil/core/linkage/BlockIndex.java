package org.sijil.core.linkage;

import java.util.Arrays;
import org.sijil.core.linkage.spec.BlockingRuleSpec;

/**
 * The candidate pairs of one blocking rule as groups of records sharing a key, without
 * materializing the pairs: records are sorted by (key, index) in one packed {@code long[]}, so a
 * group is a run and, in a link job, its left records come before its right ones.
 *
 * <p>A group of more than {@link Bounds#maxGroup} records is <em>windowed</em> (sorted
 * neighbourhood): its records are ordered by {@link RecordTable#neighbourhoodKey} and each is
 * paired only with those at most {@link Bounds#window} positions away (in a link job, only across
 * sides). Such groups come from common names: their pairs grow with the square of the records,
 * while the records of one person, reported dead on the same day, stay neighbours. A rule's work
 * then grows with its records, not with the square of its biggest group.
 */
final class BlockIndex {

  static final int MAX_RECORDS = 1 << 24;
  static final int INDEX_BITS = 24;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  /**
   * When a group is windowed and how wide the window is.
   *
   * @param maxGroup groups of more records than this are windowed
   * @param window each record of a windowed group meets the records up to this many positions away
   */
  record Bounds(int maxGroup, int window) {

    /**
     * Groups above 100 records (about 5,000 pairs), windows of 20: on the real pair no group comes
     * near it; on a million {@code synth} records it windows the few hundred groups of the most
     * common names (see docs/benchmarks.md, issue 19).
     */
    static final Bounds DEFAULT = new Bounds(100, 20);

    /** Every group compared whole. */
    static final Bounds NONE = new Bounds(Integer.MAX_VALUE, Integer.MAX_VALUE);

    Bounds {
      if (window < 1 || maxGroup < 2) {
        throw new IllegalArgumentException(
            "maxGroup must be at least 2 and window at least 1, got " + maxGroup + ", " + window);
      }
    }
  }

  final BlockingRuleSpec rule;

  /**
   * Each record's group under this rule (records sharing the rule's whole key), -1 when it has no
   * key or shares it with no record it could be paired with. Ints, not the 64-bit keys: a rule
   * keeps 4 bytes per record; a rule without any group (e.g. a Latin rule on a part that gives no
   * key in the job) keeps an empty array.
   */
  final int[] group;

  final int[] order;

  /** Start of each group in {@link #order}; groupStart[g+1] is its end. */
  final int[] groupStart;

  /** In a link job, the first right-side position of each group (windowed groups: unused). */
  final int[] groupSplit;

  /** Whether each group is windowed. */
  final boolean[] windowed;

  /**
   * Each record's position in {@link #order} when its group is windowed, else -1; null when no
   * group is.
   */
  final int[] position;

  final int window;
  final long pairs;
  private final int leftSize;

  /** The rule's index with the default bounds. */
  BlockIndex(BlockingRuleSpec rule, RecordTable table) {
    this(rule, table, Bounds.DEFAULT);
  }

  BlockIndex(BlockingRuleSpec rule, RecordTable table, Bounds bounds) {
    if (table.size() >= MAX_RECORDS) {
      throw new IllegalArgumentException(
          "at most " + (MAX_RECORDS - 1) + " records per job, got " + table.size());
    }
    this.rule = rule;
    long[] keys = table.blockingKeys(rule);
    this.window = bounds.window();
    this.leftSize = table.leftSize();
    long[] packed = sortedByKey(keys);
    int m = packed.length;
    int[] groupOf = new int[keys.length];
    Arrays.fill(groupOf, -1);
    int[] ord = new int[m];
    boolean link = table.isLink();
    long total = 0;
    int out = 0;
    int[] starts = new int[16];
    int[] splits = new int[16];
    boolean[] wide = new boolean[16];
    int[] pos = null;
    int g = 0;
    int i = 0;
    while (i < m) {
      long hi = packed[i] >>> INDEX_BITS;
      int j = i + 1;
      while (j < m && (packed[j] >>> INDEX_BITS) == hi) {
        j++;
      }
      // Equal high bits, different keys: the run is ordered by whole key and cut at its first.
      j = wholeKeyRun(packed, i, j, keys);
      int size = j - i;
      int split = i;
      while (split < j && (int) (packed[split] & INDEX_MASK) < leftSize) {
        split++;
      }
      long wholePairs = link ? (long) (split - i) * (j - split) : (long) size * (size - 1) / 2;
      if (wholePairs > 0) {
        if (g + 1 >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          splits = Arrays.copyOf(splits, splits.length * 2);
          wide = Arrays.copyOf(wide, wide.length * 2);
        }
        starts[g] = out;
        splits[g] = out + (split - i);
        for (int k = i; k < j; k++) {
          int r = (int) (packed[k] & INDEX_MASK);
          ord[out++] = r;
          groupOf[r] = g;
        }
        if (size > bounds.maxGroup()) {
          wide[g] = true;
          if (pos == null) {
            pos = new int[keys.length];
            Arrays.fill(pos, -1);
          }
          total += windowGroup(table, ord, starts[g], out, pos, link);
        } else {
          total += wholePairs;
        }
        g++;
      }
      i = j;
    }
    starts[g] = out;
    this.order = Arrays.copyOf(ord, out);
    this.groupStart = Arrays.copyOf(starts, g + 1);
    this.groupSplit = Arrays.copyOf(splits, g);
    this.windowed = Arrays.copyOf(wide, g);
    this.position = pos;
    this.pairs = total;
    this.group = g == 0 ? new int[0] : groupOf;
  }

  /**
   * The end of the run of whole key {@code keys[first record]} within packed[from, to), whose
   * records share the high bits of their keys. When keys differ there (a collision of the high
   * bits, rare), the run is first reordered by whole key, then index, so each key is one run.
   */
  static int wholeKeyRun(long[] packed, int from, int to, long[] keys) {
    long first = keys[(int) (packed[from] & INDEX_MASK)];
    boolean mixed = false;
    for (int k = from + 1; k < to && !mixed; k++) {
      mixed = keys[(int) (packed[k] & INDEX_MASK)] != first;
    }
    if (mixed) {
      Long[] run = new Long[to - from];
      for (int k = from; k < to; k++) {
        run[k - from] = packed[k];
      }
      Arrays.sort(
          run,
          java.util.Comparator.<Long>comparingLong(p -> keys[(int) (p & INDEX_MASK)])
              .thenComparingLong(p -> p & INDEX_MASK));
      for (int k = from; k < to; k++) {
        packed[k] = run[k - from];
      }
      first = keys[(int) (packed[from] & INDEX_MASK)];
    }
    int end = from + 1;
    while (end < to && keys[(int) (packed[end] & INDEX_MASK)] == first) {
      end++;
    }
    return end;
  }

  /** Records with a key, packed as (key's high bits, index) and sorted. */
  private static long[] sortedByKey(long[] keys) {
    long[] packed = new long[keys.length];
    int m = 0;
    for (int r = 0; r < keys.length; r++) {
      if (keys[r] != FeatureColumn.MISSING) {
        packed[m++] = (keys[r] & (-1L << INDEX_BITS)) | r;
      }
    }
    packed = Arrays.copyOf(packed, m);
    // Packed in index order: sorting the high bits sorts the whole longs (see PackedSort).
    PackedSort.sort(packed, INDEX_BITS);
    return packed;
  }

  /**
   * Reorders the group ord[s, e) by neighbourhood key, then index, records each one's position and
   * returns the group's pairs under the window.
   */
  private long windowGroup(RecordTable table, int[] ord, int s, int e, int[] pos, boolean link) {
    long[] byKey = new long[e - s];
    for (int k = s; k < e; k++) {
      byKey[k - s] = ((long) table.neighbourhoodKey(ord[k]) << INDEX_BITS) | ord[k];
    }
    Arrays.sort(byKey);
    for (int k = s; k < e; k++) {
      ord[k] = (int) (byKey[k - s] & INDEX_MASK);
      pos[ord[k]] = k;
    }
    if (!link) {
      long size = e - s;
      long w = Math.min(window, size - 1);
      return w * (size - w) + w * (w - 1) / 2;
    }
    // Right-side records among positions [s, k): pairs of each left record by prefix sums.
    int[] rightBefore = new int[e - s + 1];
    for (int k = s; k < e; k++) {
      rightBefore[k - s + 1] = rightBefore[k - s] + (ord[k] >= leftSize ? 1 : 0);
    }
    long p = 0;
    for (int k = s; k < e; k++) {
      if (ord[k] < leftSize) {
        int from = Math.max(s, k - window) - s;
        int to = Math.min(e, k + window + 1) - s;
        p += rightBefore[to] - rightBefore[from];
      }
    }
    return p;
  }

  int groups() {
    return groupSplit.length;
  }

  /**
   * Pairs of group g whose outer position is in [outerFrom, outerTo); for a windowed link group an
   * upper bound (used only to size work units).
   */
  long pairs(int g, int outerFrom, int outerTo, boolean link) {
    int e = groupStart[g + 1];
    if (windowed[g]) {
      long p = 0;
      for (int i = outerFrom; i < outerTo; i++) {
        p += link ? 2L * window : Math.min(window, e - i - 1);
      }
      return p;
    }
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
    if (windowed[g]) {
      return link ? groupStart[g + 1] : groupStart[g + 1] - 1;
    }
    return link ? groupSplit[g] : groupStart[g + 1] - 1;
  }

  /**
   * Whether this rule pairs records a and b: they share its key and, in a windowed group, sit at
   * most {@link #window} positions apart.
   */
  boolean pairs(int a, int b) {
    if (group.length == 0) {
      return false;
    }
    int g = group[a];
    if (g != group[b] || g < 0) {
      return false;
    }
    return position == null || position[a] < 0 || Math.abs(position[a] - position[b]) <= window;
  }

  /** Enumerates the pairs of windowed group g with outer positions in [outerFrom, outerTo). */
  void forEachWindowed(int g, int outerFrom, int outerTo, boolean link, PairSink visit) {
    int s = groupStart[g];
    int e = groupStart[g + 1];
    for (int i = outerFrom; i < outerTo; i++) {
      int a = order[i];
      if (link) {
        if (a >= leftSize) {
          continue;
        }
        for (int j = Math.max(s, i - window); j < Math.min(e, i + window + 1); j++) {
          int b = order[j];
          if (b >= leftSize) {
            visit.pair(a, b);
          }
        }
      } else {
        for (int j = i + 1; j < Math.min(e, i + window + 1); j++) {
          int b = order[j];
          visit.pair(Math.min(a, b), Math.max(a, b));
        }
      }
    }
  }
}
