package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.text.StringSimilarity;

/** One test per rule of {@link ComparableName}, on common names. */
class ComparableNameRulesTest {

  @Test
  void theScriptIsThatOfTheFirstLetter() {
    assertTrue(ComparableName.isArabic("محمد"));
    assertTrue(ComparableName.isArabic("12 - محمد Ali")); // digits and marks are skipped
    assertTrue(ComparableName.isArabic("\uFEE3")); // a presentation form of meem
    assertFalse(ComparableName.isArabic("Ali محمد"));
    assertFalse(ComparableName.isArabic("123"));
    assertFalse(ComparableName.isArabic(null));
    assertEquals(ComparableName.Script.ARABIC, ComparableName.any("محمد علي").script());
    assertEquals(ComparableName.Script.LATIN, ComparableName.any("Muhammad Ali").script());
  }

  @Test
  void anArabicNameIsItsParsedChainWithoutAliases() {
    ComparableName n = ComparableName.arabic("محمد (ابو علي) حسن");
    assertEquals(List.of("محمد", "حسن"), n.tokens());
    assertEquals(List.of("ابوعلي"), List.of(n.aliases));
    assertEquals("arabic:محمد حسن", n.toString());
  }

  @Test
  void aLatinNameIsItsNormalizedWords() {
    ComparableName n = ComparableName.latin("Mohammed Ahmed al-Najjar");
    assertEquals(List.of("muhamad", "ahmad", "alnajar"), n.tokens());
    assertEquals("latin:muhamad ahmad alnajar", n.toString());
  }

  @Test
  void aBlankNameIsEmpty() {
    assertTrue(ComparableName.arabic("").isEmpty());
    assertTrue(ComparableName.latin("  ").isEmpty());
    assertEquals(0, ComparableName.any(null).size());
    assertFalse(ComparableName.arabic("محمد").isEmpty());
  }

  @Test
  void tokensAreEqualByTextAndSkeletonsByDotlessForm() {
    ComparableName a = ComparableName.arabic("محمد شراب");
    ComparableName b = ComparableName.arabic("محمد سراب");
    assertTrue(a.tokenEquals(0, b, 0));
    assertFalse(a.tokenEquals(1, b, 1));
    assertTrue(a.skeletonEquals(1, b, 1));
    assertFalse(a.skeletonEquals(0, b, 1));
  }

  @Test
  void theFamilyCoreLeavesTheArticleOut() {
    ComparableName a = ComparableName.arabic("محمد احمد النجار");
    assertTrue(a.familyCoreEquals(ComparableName.arabic("خالد علي نجار")));
    assertFalse(a.familyCoreEquals(ComparableName.arabic("خالد علي الكرد")));
    assertTrue(
        ComparableName.latin("Muhammad al-Najjar")
            .familyCoreEquals(ComparableName.latin("Khaled Najjar")));
    // A single word has no family name to compare.
    assertFalse(ComparableName.latin("Najjar").familyCoreEquals(ComparableName.latin("Najjar")));
  }

  @Test
  void commonNamesAreMarked() {
    ComparableName n = ComparableName.arabic("محمد الكرد");
    assertEquals(1L, n.common); // محمد is in the table, الكرد is not
  }

  @Test
  void theTokenHashSumIgnoresOrder() {
    assertEquals(
        ComparableName.arabic("محمد خالد").tokenHashSum,
        ComparableName.arabic("خالد محمد").tokenHashSum);
    assertNotEquals(
        ComparableName.arabic("محمد خالد").tokenHashSum,
        ComparableName.arabic("محمد سامي").tokenHashSum);
  }

  @Test
  void theJaroWinklerBoundIsNeverBelowTheSimilarity() {
    String[] names = {"محمد", "محمود", "احمد", "حامد", "خالد", "سامي", "سلمى"};
    for (String x : names) {
      for (String y : names) {
        ComparableName a = ComparableName.arabic(x);
        ComparableName b = ComparableName.arabic(y);
        double jw = StringSimilarity.jaroWinkler(a.tokens().get(0), b.tokens().get(0));
        double bound = a.jaroWinklerBound(0, b, 0);
        assertTrue(bound >= jw - 1e-12, x + "/" + y + ": " + bound + " < " + jw);
        long xm = ComparableName.letterSet(a.tokens().get(0));
        long ym = ComparableName.letterSet(b.tokens().get(0));
        assertTrue(ComparableName.boundOf(x.length(), xm, y.length(), ym) >= jw - 1e-12);
      }
    }
  }

  @Test
  void noLetterInCommonBoundsTheSimilarityAtZero() {
    long a = ComparableName.letterSet("سمر");
    long b = ComparableName.letterSet("علي");
    assertEquals(0.0, ComparableName.boundOf(3, a, 3, b));
    assertEquals(1.0, ComparableName.boundOf(0, 0, 0, 0));
    assertEquals(0.0, ComparableName.boundOf(0, 0, 3, b));
  }

  @Test
  void similarityAboveIsJaroWinklerOrZeroWhenItCannotBeatTheBar() {
    char[] x = "محمد".toCharArray();
    char[] y = "محمود".toCharArray();
    long xm = ComparableName.letterSet("محمد");
    long ym = ComparableName.letterSet("محمود");
    double jw = StringSimilarity.jaroWinkler("محمد", "محمود");
    assertEquals(jw, ComparableName.similarityAbove(x, 0, 4, xm, y, 0, 5, ym, 0.5), 1e-12);
    assertEquals(0.0, ComparableName.similarityAbove(x, 0, 4, xm, y, 0, 5, ym, 1.0));
    assertEquals(1.0, ComparableName.similarityAbove(x, 0, 4, xm, x, 0, 4, xm, 1.0));
    assertEquals(0.0, ComparableName.similarityAbove(x, 0, 0, 0, y, 0, 5, ym, 0.0));
  }

  @Test
  void regionsAreEqualOnlyWithEqualLengthAndLetters() {
    char[] a = "محمدعلي".toCharArray();
    char[] b = "علي".toCharArray();
    assertTrue(ComparableName.regionEquals(a, 4, 3, b, 0, 3));
    assertFalse(ComparableName.regionEquals(a, 0, 3, b, 0, 3));
    assertFalse(ComparableName.regionEquals(a, 4, 2, b, 0, 3));
  }

  @Test
  void hash64IsFnv1aOverBothBytesOfEachChar() {
    assertEquals(0xcbf29ce484222325L, ComparableName.hash64(""));
    assertEquals(ComparableName.hash64("محمد"), ComparableName.hash64("محمد"));
    assertNotEquals(ComparableName.hash64("محمد"), ComparableName.hash64("محمود"));
    // 'a' (0x0061) and 'ء' (0x0621) share their low byte: the high byte tells them apart.
    assertNotEquals(ComparableName.hash64("a"), ComparableName.hash64("\u0621"));
  }
}
