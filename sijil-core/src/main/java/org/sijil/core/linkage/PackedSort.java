package org.sijil.core.linkage;

/**
 * Sorts a blocking rule's packed (key's high bits, record index) longs by a radix sort on the high
 * bits alone. The records are packed in index order, so their low bits already ascend; a stable
 * sort on the high bits then gives exactly what sorting the whole longs gives, in four passes of
 * ten bits (a pass whose digit every long shares is skipped) where {@code Arrays.sort} compared a
 * million longs about twenty times each, for each of some twenty rules.
 */
final class PackedSort {

  private static final int DIGIT_BITS = 10;
  private static final int BUCKETS = 1 << DIGIT_BITS;

  private PackedSort() {}

  /**
   * Sorts {@code a} ascending (as signed longs, as {@code Arrays.sort} does), given that its
   * elements are in ascending order of their low {@code lowBits} bits and no two are equal.
   */
  static void sort(long[] a, int lowBits) {
    long[] from = a;
    long[] to = new long[a.length];
    int[] count = new int[BUCKETS + 1];
    for (int shift = lowBits; shift < Long.SIZE; shift += DIGIT_BITS) {
      // The last digit holds the sign bit: flipped so negative longs come first.
      boolean top = shift + DIGIT_BITS >= Long.SIZE;
      if (pass(from, to, count, shift, top)) {
        long[] t = from;
        from = to;
        to = t;
      }
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, a.length);
    }
  }

  /** One stable counting pass on a digit; false (nothing moved) when every long shares it. */
  private static boolean pass(long[] from, long[] to, int[] count, int shift, boolean top) {
    java.util.Arrays.fill(count, 0);
    for (long v : from) {
      count[digit(v, shift, top) + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      if (count[b + 1] == from.length) {
        return false;
      }
      count[b + 1] += count[b];
    }
    for (long v : from) {
      to[count[digit(v, shift, top)]++] = v;
    }
    return true;
  }

  private static int digit(long v, int shift, boolean top) {
    int d = (int) (v >>> shift) & (BUCKETS - 1);
    if (top) {
      // Bits above the sign: the digit is narrower here (64 - shift bits).
      d ^= 1 << (Long.SIZE - 1 - shift);
    }
    return d;
  }
}
