package org.sijil.core.linkage;

/**
 * A worker's buffer of pairs compared together, one comparison at a time over the whole batch
 * ({@link PairScorer#weightsAtLeast}, {@link PairScorer#levels(PairBatch, Scratch)}).
 *
 * <p>Why: a pair's comparisons read a dozen column arrays at two records each, mostly missing the
 * cache (random pairs always, candidate pairs often). Pair by pair, each miss waits behind the
 * previous comparison's work; a comparison run over many pairs in a row issues its reads for many
 * records close together, which the processor overlaps, and keeps its code and branches hot. Each
 * pair's values are exactly those of the pair-by-pair methods, summed in the same order.
 */
final class PairBatch {

  /** Pairs per batch: many overlapping reads, and the buffers stay in the first-level cache. */
  static final int SIZE = 512;

  final int[] a = new int[SIZE];
  final int[] b = new int[SIZE];

  /** Pairs in the batch. */
  int size;

  /** Each pair's weight after {@link PairScorer#weightsAtLeast}. */
  final double[] weight = new double[SIZE];

  /** Indices of the pairs still compared (weights) or scratch. */
  final int[] live = new int[SIZE];

  /**
   * levels[c][p]: comparison c's level of pair p, after {@link PairScorer#levels(PairBatch,
   * Scratch)}.
   */
  final int[][] levels;

  PairBatch(int comparisons) {
    levels = new int[comparisons][SIZE];
  }

  /** Adds a pair; true when the batch is then full. */
  boolean add(int x, int y) {
    a[size] = x;
    b[size] = y;
    return ++size == SIZE;
  }

  void clear() {
    size = 0;
  }
}
