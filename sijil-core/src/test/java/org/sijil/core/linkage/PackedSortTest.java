package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort of packed (key's high bits, index) longs gives what Arrays.sort gives. */
class PackedSortTest {

  private static final int INDEX_BITS = 24;

  /** n records in index order, their keys drawn from {@code distinct} values (any sign). */
  private static long[] packed(int n, int distinct, long keyMask, long seed) {
    Random random = new Random(seed);
    long[] values = new long[distinct];
    for (int i = 0; i < distinct; i++) {
      values[i] = random.nextLong() & keyMask;
    }
    long[] out = new long[n];
    for (int r = 0; r < n; r++) {
      out[r] = (values[random.nextInt(distinct)] & (-1L << INDEX_BITS)) | r;
    }
    return out;
  }

  private static void assertSortsAsArraysSort(long[] a) {
    long[] expected = a.clone();
    Arrays.sort(expected);
    PackedSort.sort(a, INDEX_BITS);
    assertArrayEquals(expected, a);
  }

  @Test
  void sortsAsArraysSortDoes() {
    long[] masks = {-1L, Long.MAX_VALUE, 0xFFFFL << 40, 0xFFL << 56, 0xFFL << 24, 0L};
    int seed = 0;
    for (long mask : masks) {
      for (int n : new int[] {0, 1, 2, 17, 1000, 50_000}) {
        for (int distinct : new int[] {1, 3, 1000}) {
          assertSortsAsArraysSort(packed(n, distinct, mask, seed++));
        }
      }
    }
  }

  @Test
  void negativeKeysComeFirst() {
    long[] a = {(1L << 40) | 0, (-1L << 40) | 1, (Long.MIN_VALUE) | 2, (Long.MAX_VALUE << 24) | 3};
    assertSortsAsArraysSort(a);
  }
}
