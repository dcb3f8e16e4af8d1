package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoredPairsTest {

  /**
   * The ranks' order is the comparator's: weights drawn from a few values (many ties, as pairs of
   * one comparison pattern have), pairs in random order, a pair listed twice.
   */
  @Test
  void ordersAsTheComparatorDoes() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int round = 0; round < 50; round++) {
      int n = 1 + rnd.nextInt(3000);
      ScoredPairs p = new ScoredPairs(4);
      java.util.Set<Long> seen = new java.util.HashSet<>();
      while (p.size() < n) {
        int x = rnd.nextInt(500);
        int y = x + 1 + rnd.nextInt(500);
        if (!seen.add((long) x << 32 | y)) {
          continue;
        }
        double w = rnd.nextInt(4) == 0 ? rnd.nextDouble(-30, 30) : rnd.nextInt(12) - 6.5;
        p.add(x, y, w);
      }
      if (round % 5 == 0) {
        p.add(p.left(0), p.right(0), p.weight(0));
      }
      assertArrayEquals(p.byComparator(), p.byWeightDescending(), "round " + round);
    }
  }

  @Test
  void zeroAndNegativeZeroAreTwoWeights() {
    ScoredPairs p = new ScoredPairs(4);
    p.add(1, 2, 0.0);
    p.add(0, 3, -0.0);
    p.add(0, 1, 0.0);
    assertArrayEquals(p.byComparator(), p.byWeightDescending());
  }
}
