package org.sijil.core.linkage;

import java.util.Arrays;

/**
 * Scored pairs kept after scoring (those at or above a minimum probability), in primitive arrays,
 * in a deterministic order (by rule, then block). Only these survive scoring: the bulk of candidate
 * pairs is compared and dropped in a stream.
 */
public final class ScoredPairs {

  private int size;
  private int[] a;
  private int[] b;
  private double[] weight;

  ScoredPairs(int capacity) {
    a = new int[Math.max(16, capacity)];
    b = new int[a.length];
    weight = new double[a.length];
  }

  void add(int x, int y, double w) {
    if (size == a.length) {
      int n = a.length * 2;
      a = Arrays.copyOf(a, n);
      b = Arrays.copyOf(b, n);
      weight = Arrays.copyOf(weight, n);
    }
    a[size] = x;
    b[size] = y;
    weight[size] = w;
    size++;
  }

  /**
   * Appends another's pairs with record indices mapped through {@code map}, each pair's smaller
   * first.
   */
  void addAll(ScoredPairs o, int[] map) {
    for (int i = 0; i < o.size; i++) {
      int x = map[o.a[i]];
      int y = map[o.b[i]];
      add(Math.min(x, y), Math.max(x, y), o.weight[i]);
    }
  }

  public int size() {
    return size;
  }

  /** Record index of the pair's first (left) record. */
  public int left(int i) {
    return a[i];
  }

  public int right(int i) {
    return b[i];
  }

  public double weight(int i) {
    return weight[i];
  }

  public double probability(int i) {
    return PairScorer.probability(weight[i]);
  }

  /**
   * Pair indices sorted by probability, highest first; ties by records, so the order is stable.
   *
   * <p>Why not a sort of boxed indices with a comparator: clustering a million records orders a
   * million kept pairs, and the boxed sort chased a pointer per comparison. Here each pair gets its
   * weight's rank and its records' rank, both from sorts of primitive arrays, and one sort of the
   * two packed in a long gives the same order ({@link #byComparator}, kept for the case of a pair
   * listed twice, which the ranks cannot tell apart).
   */
  int[] byWeightDescending() {
    long[] records = new long[size];
    for (int i = 0; i < size; i++) {
      records[i] = (long) a[i] << 32 | b[i];
    }
    long[] sortedRecords = records.clone();
    Arrays.sort(sortedRecords);
    for (int i = 1; i < size; i++) {
      if (sortedRecords[i] == sortedRecords[i - 1]) {
        return byComparator();
      }
    }
    double[] distinct = distinctAscending(Arrays.copyOf(weight, size));
    long[] keys = new long[size];
    int[] byRecordRank = new int[size];
    for (int i = 0; i < size; i++) {
      long weightRank = distinct.length - 1 - Arrays.binarySearch(distinct, weight[i]);
      int recordRank = Arrays.binarySearch(sortedRecords, records[i]);
      byRecordRank[recordRank] = i;
      keys[i] = weightRank * size + recordRank;
    }
    Arrays.sort(keys);
    int[] out = new int[size];
    for (int k = 0; k < size; k++) {
      out[k] = byRecordRank[(int) (keys[k] % size)];
    }
    return out;
  }

  /** The distinct values, ascending in {@link Double#compare}'s order. */
  private static double[] distinctAscending(double[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (n == 0 || Double.compare(values[i], values[n - 1]) != 0) {
        values[n++] = values[i];
      }
    }
    return Arrays.copyOf(values, n);
  }

  /** The same order by a comparator over boxed indices. */
  int[] byComparator() {
    Integer[] idx = new Integer[size];
    for (int i = 0; i < size; i++) {
      idx[i] = i;
    }
    Arrays.sort(
        idx,
        (x, y) -> {
          int c = Double.compare(weight[y], weight[x]);
          if (c != 0) {
            return c;
          }
          c = Integer.compare(a[x], a[y]);
          return c != 0 ? c : Integer.compare(b[x], b[y]);
        });
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = idx[i];
    }
    return out;
  }
}
