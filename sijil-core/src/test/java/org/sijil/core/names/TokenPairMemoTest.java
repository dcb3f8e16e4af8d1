package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The memo must answer exactly what was stored for that ordered pair, or "not cached": a wrong hit
 * would silently give one pair of names another pair's similarity.
 */
class TokenPairMemoTest {

  @Test
  void anEmptyMemoCachesNothingNotEvenSimilarityZero() {
    TokenPairMemo memo = new TokenPairMemo();
    assertEquals(-1.0, memo.get(0L, 0L));
    assertEquals(-1.0, memo.get(17L, 42L));
  }

  @Test
  void aStoredPairComesBackWithItsValueIncludingZero() {
    TokenPairMemo memo = new TokenPairMemo();
    memo.put(17L, 42L, 0.875);
    memo.put(5L, 6L, 0.0);
    assertEquals(0.875, memo.get(17L, 42L));
    assertEquals(0.0, memo.get(5L, 6L));
  }

  @Test
  void thePairIsOrderedAndBothKeysMustMatch() {
    TokenPairMemo memo = new TokenPairMemo();
    memo.put(17L, 42L, 0.5);
    assertEquals(-1.0, memo.get(42L, 17L));
    assertEquals(-1.0, memo.get(17L, 43L));
    assertEquals(-1.0, memo.get(18L, 42L));
  }

  @Test
  void aPairThatTakesAnotherPairsSlotEvictsIt() {
    TokenPairMemo memo = new TokenPairMemo();
    memo.put(1L, 2L, 0.25);
    // Find a different pair that lands in the same slot: the memo is direct-mapped.
    long y = 3;
    while (true) {
      memo.put(1L, y, 0.75);
      if (memo.get(1L, 2L) < 0) {
        break;
      }
      y++;
    }
    assertEquals(0.75, memo.get(1L, y));
    assertEquals(-1.0, memo.get(1L, 2L));
  }
}
