package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ArabicDamageTest {

  @Test
  void reversesLamAlefAsPdfExtractionDoes() {
    assertEquals("هللا", ArabicDamage.reverseLamAlef("الله"));
    assertEquals("بالل", ArabicDamage.reverseLamAlef("بلال"));
    assertEquals("عالء", ArabicDamage.reverseLamAlef("علاء"));
    assertEquals("عبدهللا", ArabicDamage.reverseLamAlef("عبدالله"));
    assertEquals("عبد هللا", ArabicDamage.reverseLamAlef("عبد الله"));
    assertEquals("محمد", ArabicDamage.reverseLamAlef("محمد"));
  }

  @Test
  void hamzaVariantChangesOneAlefAndKeepsTheKey() {
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      String[] words = {"أحمد", "محمد", "ابراهيم", "حسن"};
      assertTrue(ArabicDamage.hamza(words, rng));
      String joined = String.join(" ", words);
      assertFalse(joined.equals("أحمد محمد ابراهيم حسن"));
      assertEquals("احمد محمد ابراهيم حسن", ArabicForms.key(joined));
    }
    assertFalse(ArabicDamage.hamza(new String[] {"محمد", "حسن"}, rng), "nothing to vary");
  }

  @Test
  void finalLetterSwaps() {
    SplittableRandom rng = new SplittableRandom(2);
    String[] words = {"فاطمة", "محمد"};
    assertTrue(ArabicDamage.taMarbuta(words, rng));
    assertArrayEquals(new String[] {"فاطمه", "محمد"}, words);
    words = new String[] {"يحيى", "محمد"};
    assertTrue(ArabicDamage.yaMaqsura(words, rng));
    assertArrayEquals(new String[] {"يحيي", "محمد"}, words);
  }

  @Test
  void letterTypoDropsOrDoublesOneInnerLetter() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 50; i++) {
      String[] words = {"ابراهيم"};
      assertTrue(ArabicDamage.letterTypo(words, rng));
      assertEquals(1, Math.abs(words[0].length() - "ابراهيم".length()));
      assertEquals('ا', words[0].charAt(0));
    }
  }
}
