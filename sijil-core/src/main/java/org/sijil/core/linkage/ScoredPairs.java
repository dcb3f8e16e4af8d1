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

  /** Pair indices sorted by probability, highest first; ties by records, so the order is stable. */
  int[] byWeightDescending() {
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
