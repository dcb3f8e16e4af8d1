package org.sijil.core.names;

import java.util.Arrays;

/**
 * A small direct-mapped cache of token-pair similarities, keyed by the two tokens' 64-bit
 * comparison keys ({@link ComparableName#pairKey}: text hash mixed with the hash of the token's
 * repaired readings). Real names repeat a few hundred frequent tokens, so the same near-miss pairs
 * ({@code محمد}/{@code محمود}, a damaged {@code عالء} against {@code علاء}) come back constantly;
 * the similarity is a pure function of both texts and readings (in order) for one comparator, so a
 * hit returns exactly what the computation would. Not thread-safe: {@link NameComparator} keeps one
 * per thread.
 */
final class TokenPairMemo {

  private static final int BITS = 13;
  private static final int SIZE = 1 << BITS;

  private final long[] first = new long[SIZE];
  private final long[] second = new long[SIZE];

  /** The cached similarity, or -1 for an empty slot (similarities are in [0, 1]). */
  private final double[] value = new double[SIZE];

  TokenPairMemo() {
    Arrays.fill(value, -1.0);
  }

  private static int slot(long x, long y) {
    long mixed = x * 0x9E3779B97F4A7C15L + Long.rotateLeft(y, 29) * 0xC2B2AE3D27D4EB4FL;
    return (int) (mixed >>> (64 - BITS));
  }

  /** The similarity stored for the pair (x, y), or -1 when it is not cached. */
  double get(long x, long y) {
    int s = slot(x, y);
    return first[s] == x && second[s] == y ? value[s] : -1.0;
  }

  void put(long x, long y, double similarity) {
    int s = slot(x, y);
    first[s] = x;
    second[s] = y;
    value[s] = similarity;
  }
}
