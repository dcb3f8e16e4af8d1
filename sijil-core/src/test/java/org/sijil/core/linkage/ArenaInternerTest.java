package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArenaInternerTest {

  /** Synthetic name-like values: Arabic and Latin letters, repeats, nulls, one of many pages. */
  private static String[] values(int n, long seed) {
    Random random = new Random(seed);
    String[] letters = {"ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "abcdefghijklmnopqrstuvwxyz"};
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      if (random.nextInt(12) == 0) {
        continue;
      }
      String alphabet = letters[random.nextInt(2)];
      int length = 1 + random.nextInt(random.nextInt(30) == 0 ? 300 : 12);
      StringBuilder b = new StringBuilder();
      // Few distinct short values (repeats), many distinct long ones.
      Random word = new Random(random.nextInt(length < 4 ? 50 : 40_000));
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(word.nextInt(alphabet.length())));
      }
      out[i] = b.toString();
    }
    return out;
  }

  @Test
  void givesTheIdsAndCountsOfTheStringTable() {
    String[] values = values(60_000, 7);
    Interner.Interned expected = Interner.all(values);
    // Sized for the values: its first pages hold 16 letters per value, so the letters span pages.
    ArenaInterner arena = new ArenaInterner(values.length);
    Interner.Batch batch = new Interner.Batch(values.length);
    for (int i = 0; i < values.length; i++) {
      batch.set(i, values[i]);
    }
    assertArrayEquals(expected.ids(), arena.ids(batch));
    assertArrayEquals(expected.counts(), arena.counts());
    assertEquals(expected.distinct(), arena.size());
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        assertEquals(values[i], arena.value(expected.ids()[i]), "value " + i);
      }
    }
  }

  @Test
  void valuesGivenAsCharsGetTheIdsAndCountsOfTheStringTable() {
    String[] values = values(60_000, 11);
    Interner.Interned expected = Interner.all(values);
    ArenaInterner arena = new ArenaInterner(values.length);
    ArenaInterner.Letters batch = new ArenaInterner.Letters(values.length);
    for (int i = 0; i < values.length; i++) {
      batch.set(i, values[i] == null ? null : values[i].toCharArray());
      if (values[i] != null) {
        assertEquals(values[i].hashCode(), ArenaInterner.hash(values[i].toCharArray()));
      }
    }
    assertArrayEquals(expected.ids(), arena.ids(batch));
    assertArrayEquals(expected.counts(), arena.counts());
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        assertEquals(values[i], arena.value(expected.ids()[i]), "value " + i);
        assertEquals(expected.ids()[i], arena.id(values[i]), "the same id as a string " + i);
      }
    }
  }

  @Test
  void aValueLongerThanAPageGetsAPageOfItsOwn() {
    ArenaInterner arena = new ArenaInterner(4);
    String longer = "ن".repeat(ArenaInterner.PAGE + 5);
    assertEquals(0, arena.id("عمر"));
    assertEquals(1, arena.id(longer));
    assertEquals(2, arena.id("زيد"));
    assertEquals(1, arena.id(new String(longer.toCharArray())));
    assertEquals(0, arena.id("عمر"));
    assertEquals(longer, arena.value(1));
    assertEquals("زيد", arena.value(2));
    assertArrayEquals(new int[] {2, 2, 1}, arena.counts());
  }

  @Test
  void valuesOfOneHashDifferInTheirLetters() {
    // "Aa" and "BB" share String.hashCode; so do their concatenations.
    ArenaInterner arena = new ArenaInterner(8);
    assertEquals("AaAa".hashCode(), "BBBB".hashCode());
    assertEquals(0, arena.id("AaAa"));
    assertEquals(1, arena.id("BBBB"));
    assertEquals(2, arena.id("AaBB"));
    assertEquals(1, arena.id("BBBB"));
    assertEquals(3, arena.id(""));
    assertEquals(3, arena.id(""));
  }

  @Test
  void moreDistinctValuesThanItWasSizedForFailClearly() {
    ArenaInterner arena = new ArenaInterner(16);
    for (int i = 0; i < 16; i++) {
      arena.id("v" + i);
    }
    assertEquals(5, arena.id("v5"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> arena.id("v16"));
    assertEquals("more than the 16 distinct values this table was sized for", e.getMessage());
  }

  @Test
  void aPresizedStringTableGivesTheSameIds() {
    String[] values = values(20_000, 11);
    Interner.Interned expected = Interner.all(values);
    Interner small = new Interner();
    Interner sized = new Interner(values.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        assertEquals(expected.ids()[i], small.id(values[i]));
        assertEquals(expected.ids()[i], sized.id(values[i]));
      }
    }
  }
}
