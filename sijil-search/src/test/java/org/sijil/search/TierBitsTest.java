package org.sijil.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link TierBits#atLeast} keeps exactly the persons found in at least {@code n − 1} of {@code n}
 * clauses, counted person by person, for random clauses of every mix of word sets and sorted lists
 * (lists of very different lengths, empty ones, sets sparse and dense), on scratch longer than the
 * segment.
 */
class TierBitsTest {

  @Test
  void keepsThePersonsInAllClausesButOneWhateverTheMixOfSetsAndLists() {
    Random random = new Random(23);
    for (int round = 0; round < 3000; round++) {
      int maxDoc = 1 + random.nextInt(2000);
      int words = (maxDoc + 63) >> 6;
      int n = 3 + random.nextInt(5);
      int commons = random.nextInt(n + 1);
      List<long[]> common = new ArrayList<>();
      List<int[]> rare = new ArrayList<>();
      List<boolean[]> members = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        boolean[] in = clause(random, maxDoc);
        members.add(in);
        if (c < commons) {
          common.add(words(in, words + random.nextInt(3)));
        } else {
          rare.add(IntStream.range(0, maxDoc).filter(d -> in[d]).toArray());
        }
      }
      long[] out = new long[words + random.nextInt(3)];
      TierBits.atLeast(common, rare, n - 1, n, out, words);
      int[] expected =
          IntStream.range(0, maxDoc)
              .filter(d -> members.stream().filter(m -> m[d]).count() >= n - 1)
              .toArray();
      assertArrayEquals(expected, TierBits.docs(out, words), "round " + round);
    }
  }

  @Test
  void seekFindsTheFirstPersonAtOrAfterTheTarget() {
    int[] docs = {2, 3, 5, 8, 13, 21, 34, 55, 89};
    for (int from = 0; from <= docs.length; from++) {
      for (int target = 0; target < 100; target++) {
        int expected = from;
        while (expected < docs.length && docs[expected] < target) {
          expected++;
        }
        assertEquals(expected, TierBits.seek(docs, from, target), from + " " + target);
      }
    }
  }

  /** A clause's persons: none, few or many, so that lists differ in length by orders. */
  private static boolean[] clause(Random random, int maxDoc) {
    double share = new double[] {0, 0.002, 0.02, 0.2, 0.6, 0.95}[random.nextInt(6)];
    boolean[] in = new boolean[maxDoc];
    for (int d = 0; d < maxDoc; d++) {
      in[d] = random.nextDouble() < share;
    }
    return in;
  }

  private static long[] words(boolean[] in, int length) {
    long[] words = new long[length];
    for (int d = 0; d < in.length; d++) {
      if (in[d]) {
        words[d >> 6] |= 1L << d;
      }
    }
    return words;
  }
}
