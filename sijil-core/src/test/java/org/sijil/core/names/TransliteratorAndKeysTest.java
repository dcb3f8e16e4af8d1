package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransliteratorAndKeysTest {

  @Test
  void commonNamesAndCompounds() {
    assertEquals("Muhammad Ahmad Ali", Transliterator.toLatin("محمد أحمد علي"));
    assertEquals("Abd al-Rahman", Transliterator.toLatin("عبد الرحمن"));
    assertEquals("Abdallah", Transliterator.toLatin("عبدالله"));
    assertEquals("Abu al-Qamsan", Transliterator.toLatin("ابو القمصان"));
    assertEquals("Nasrallah", Transliterator.toLatin("نصر الله"));
    assertEquals("al-Najar", Transliterator.toLatin("النجار"));
  }

  @Test
  void certainRepairsAreTransliteratedRepaired() {
    assertEquals("Abdallah Bilal", Transliterator.toLatin("عبدهللا بالل"));
  }

  @Test
  void deterministicAndTotal() {
    Random random = new Random(5);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        sb.append(random.nextInt(6) == 0 ? ' ' : (char) (0x0620 + random.nextInt(0x2B)));
      }
      String s = sb.toString();
      String t = Transliterator.toLatin(s);
      assertEquals(t, Transliterator.toLatin(s));
      assertTrue(t.chars().allMatch(c -> c < 128), t);
    }
    assertEquals("", Transliterator.toLatin(null));
  }

  @Test
  void skeletonMergesDamageAndVariants() {
    assertEquals(NameKeys.arabicSkeleton("بلال"), NameKeys.arabicSkeleton("بالل"));
    assertEquals(NameKeys.arabicSkeleton("علاء"), NameKeys.arabicSkeleton("عالء"));
    assertEquals(NameKeys.arabicSkeleton("شراب"), NameKeys.arabicSkeleton("سراب"));
    assertEquals(NameKeys.arabicSkeleton("عبد الرحمن"), NameKeys.arabicSkeleton("عبدالرحمن"));
    assertEquals(NameKeys.arabicSkeleton("عبدالله"), NameKeys.arabicSkeleton("عبدهللا"));
    assertEquals(NameKeys.arabicSkeleton("ابراهيم"), NameKeys.arabicSkeleton("إبرهيم"));
    assertEquals(NameKeys.arabicSkeleton("المدهون"), NameKeys.arabicSkeleton("مدهون"));
    assertNotEquals(NameKeys.arabicSkeleton("محمد"), NameKeys.arabicSkeleton("احمد"));
    assertEquals("", NameKeys.arabicSkeleton(""));
  }

  @Test
  void latinPhoneticSurvivesRomanizationVariants() {
    String k = NameKeys.latinPhonetic("Mohammed Abdel Rahman al-Shehab");
    assertEquals(k, NameKeys.latinPhonetic("Muhammad Abd al-Rahman Shihab"));
    assertEquals(k, NameKeys.latinPhonetic("Mohamad Abdulrahman El Shehab"));
    assertEquals(NameKeys.latinPhonetic("Qasim"), NameKeys.latinPhonetic("Kassem"));
  }

  @Test
  void arabicAndLatinShareThePhoneticKey() {
    assertEquals(NameKeys.latinPhonetic("Mohammed"), NameKeys.arabicPhonetic("محمد"));
    assertEquals(NameKeys.latinPhonetic("Ibrahim"), NameKeys.arabicPhonetic("ابراهيم"));
    assertEquals(NameKeys.latinPhonetic("Fatima"), NameKeys.arabicPhonetic("فاطمة"));
    assertEquals(NameKeys.latinPhonetic("Abd al-Rahman"), NameKeys.arabicPhonetic("عبد الرحمن"));
  }

  @Test
  void blockingKeysSurviveOneDamagedToken() {
    List<String> a = NameKeys.blockingKeys("احمد محمد علي الخطيب");
    List<String> b = NameKeys.blockingKeys("احمد محمد علي الحطيب");
    assertTrue(a.stream().anyMatch(b::contains));
    assertEquals(3, a.size());
    assertTrue(NameKeys.blockingKeys("محمد").isEmpty());
    assertFalse(NameKeys.blockingKeys("محمد النجار").isEmpty());
  }
}
