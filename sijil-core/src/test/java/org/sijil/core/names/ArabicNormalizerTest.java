package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

  private static final ArabicNormalizer STD = ArabicNormalizer.standard();

  private static String norm(String s) {
    return STD.normalize(s);
  }

  @Test
  void presentationFormsExpandToLetters() {
    // محمد written with initial/medial/final presentation forms, as PDF extractors emit it.
    assertEquals("محمد", norm("\uFEE3\uFEA4\uFEE4\uFEAA"));
    // The lam-alef ligature inside علاء.
    assertEquals("علاء", norm("ع\uFEFBء"));
    assertEquals(
        "ع\uFEFBء",
        ArabicNormalizer.without(NormalizationRule.PRESENTATION_FORMS).normalize("ع\uFEFBء"));
  }

  @Test
  void invisibleControlsAreRemoved() {
    assertEquals("محمد", norm("\u200Fمح\u200Cمد\u200D\u202B\u2067\uFEFF\u061C"));
    assertEquals(
        "مح\u200Cمد",
        ArabicNormalizer.without(NormalizationRule.INVISIBLE_CONTROLS).normalize("مح\u200Cمد"));
  }

  @Test
  void diacriticsAreRemoved() {
    assertEquals("محمد", norm("مُحَمَّد"));
    assertEquals("عبدالرحمن", norm("عَبْدُالرَّحْمٰن"));
    assertEquals(
        "مُحَمَّد", ArabicNormalizer.without(NormalizationRule.DIACRITICS).normalize("مُحَمَّد"));
  }

  @Test
  void tatweelIsRemoved() {
    assertEquals("محمد", norm("محـــمد"));
    assertEquals("محـمد", ArabicNormalizer.without(NormalizationRule.TATWEEL).normalize("محـمد"));
  }

  @Test
  void alefVariantsBecomeBareAlef() {
    assertEquals("احمد", norm("أحمد"));
    assertEquals("ابراهيم", norm("إبراهيم"));
    assertEquals("امنه", norm("آمنة"));
    assertEquals("احمد", norm("ٱحمد"));
    assertEquals(
        "أحمد", ArabicNormalizer.without(NormalizationRule.ALEF_VARIANTS).normalize("أحمد"));
  }

  @Test
  void alefMaksuraBecomesYeh() {
    assertEquals("مصطفي", norm("مصطفى"));
    assertEquals("علي", norm("على"));
    assertEquals(
        "مصطفى", ArabicNormalizer.without(NormalizationRule.ALEF_MAKSURA).normalize("مصطفى"));
  }

  @Test
  void tehMarbutaBecomesHeh() {
    assertEquals("فاطمه", norm("فاطمة"));
    assertEquals(
        "فاطمة", ArabicNormalizer.without(NormalizationRule.TEH_MARBUTA).normalize("فاطمة"));
  }

  @Test
  void hamzaCarriersLoseTheHamzaButFreeHamzaStays() {
    assertEquals("فواد", norm("فؤاد"));
    assertEquals("ويام", norm("وئام"));
    assertEquals("علاء", norm("علاء"));
    assertEquals(
        "فؤاد", ArabicNormalizer.without(NormalizationRule.HAMZA_CARRIERS).normalize("فؤاد"));
  }

  @Test
  void persianLookalikesBecomeArabicLetters() {
    assertEquals("يوسف", norm("\u06CCوسف")); // Farsi yeh
    assertEquals("كريم", norm("\u06A9ر\u06CCم")); // keheh, Farsi yeh
    assertEquals("حمزه", norm("حمز\u06C1")); // heh goal
    assertEquals(
        "\u06A9ريم",
        ArabicNormalizer.without(NormalizationRule.PERSIAN_LOOKALIKES).normalize("\u06A9ريم"));
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    ArabicNormalizer keepDigits = ArabicNormalizer.without(NormalizationRule.STRAY_DIGITS);
    assertEquals("محمد 2", keepDigits.normalize("محمد ٢"));
    assertEquals("محمد 25", keepDigits.normalize("محمد ۲۵"));
  }

  @Test
  void strayDigitsAreRemoved() {
    assertEquals("رافت مطر", norm("رافت 0 0 مطر"));
    assertEquals("محمد", norm("محمد٢٢"));
    assertEquals(
        "رافت 0 0 مطر",
        ArabicNormalizer.without(NormalizationRule.STRAY_DIGITS).normalize("رافت 0 0 مطر"));
  }

  @Test
  void punctuationBecomesSpace() {
    assertEquals("عبد الرحمن", norm("عبد,الرحمن"));
    assertEquals("عبد الرحمن", norm("عبد،الرحمن"));
    assertEquals("ابو القمصان", norm("ابو-القمصان"));
    assertEquals("حسونه عبدالباري", norm("حسونة (عبدالباري)"));
    assertEquals(
        "عبد,الرحمن",
        ArabicNormalizer.without(NormalizationRule.PUNCTUATION).normalize("عبد,الرحمن"));
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertEquals("محمد احمد", norm("  محمد\u00A0\t احمد\n "));
    assertEquals(
        " محمد  احمد ",
        ArabicNormalizer.without(NormalizationRule.WHITESPACE).normalize(" محمد  احمد "));
  }

  @Test
  void emptyNullAndNonArabic() {
    assertEquals("", norm(null));
    assertEquals("", norm(""));
    assertEquals("", norm("   "));
    assertEquals("John Smith", norm("John  Smith"));
  }

  @Test
  void rulesAreData() {
    assertSame(STD, ArabicNormalizer.of(EnumSet.allOf(NormalizationRule.class)));
    assertEquals(
        EnumSet.of(NormalizationRule.TATWEEL),
        ArabicNormalizer.of(Set.of(NormalizationRule.TATWEEL)).rules());
    assertEquals("أحمد", ArabicNormalizer.of(Set.of(NormalizationRule.TATWEEL)).normalize("أحـمد"));
    assertThrows(IllegalArgumentException.class, () -> ArabicNormalizer.of(null));
  }

  @Test
  void everyCharacterIsIdempotentUnderEveryRuleSubsetTried() {
    Random random = new Random(3);
    NormalizationRule[] all = NormalizationRule.values();
    for (int trial = 0; trial < 12; trial++) {
      EnumSet<NormalizationRule> rules = EnumSet.noneOf(NormalizationRule.class);
      for (NormalizationRule r : all) {
        if (trial == 0 || random.nextBoolean()) {
          rules.add(r);
        }
      }
      ArabicNormalizer n = ArabicNormalizer.of(rules);
      for (int c = 0; c < 0x10000; c++) {
        String once = n.normalize("ب" + (char) c + "ب");
        int code = c;
        assertEquals(
            once, n.normalize(once), () -> "U+" + Integer.toHexString(code) + " under " + rules);
      }
    }
  }

  @Test
  void randomInputNeverThrowsAndIsIdempotent() {
    Random random = new Random(42);
    char[] pool =
        "محمدأإآٱىةؤئءلا ,،-()0٠۵\u200F\u200C\u0640\u064E\u0651\uFEFB\uFEE3\u06CC\u06A9 abcXYZ\t\u00A0"
            .toCharArray();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(30);
      for (int k = 0; k < len; k++) {
        sb.append(
            random.nextInt(4) == 0
                ? (char) random.nextInt(0x10000)
                : pool[random.nextInt(pool.length)]);
      }
      String once = norm(sb.toString());
      assertEquals(once, norm(once), sb::toString);
    }
  }
}
