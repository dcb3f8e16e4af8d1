package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class NameComparatorTest {

  private static double ar(String a, String b) {
    return NameSimilarity.arabic(a, b);
  }

  private static NameLevel level(String a, String b) {
    return NameSimilarity.chainLevel(ComparableName.any(a), ComparableName.any(b));
  }

  @Test
  void equalAfterNormalizationIsExact() {
    assertEquals(1.0, ar("أحمد محمد علي الخطيب", "احمد محمد على الخطيب"));
    assertEquals(NameLevel.EXACT, level("أحمد محمد علي الخطيب", "احمد محمد على الخطيب"));
    assertTrue(NameSimilarity.equalNormalized("فاطمة أحمد", "فاطمه احمد"));
  }

  @Test
  void brothersScoreClearlyBelowTwoSpellingsOfOnePerson() {
    double spelling = ar("زهير محمد علي النجار", "زهي محمد علي النجار");
    double dots = ar("احمد محمد علي الشوا", "احمد محمد علي السوا");
    double brothers = ar("احمد محمد علي النجار", "محمود محمد علي النجار");
    double brothers2 = ar("احمد محمد علي النجار", "خالد محمد علي النجار");
    double sister = ar("امير محمد علي النجار", "اميرة محمد علي النجار");
    assertTrue(spelling >= NameLevel.HIGH_THRESHOLD, "spelling " + spelling);
    assertTrue(dots >= NameLevel.HIGH_THRESHOLD, "dots " + dots);
    for (double r : new double[] {brothers, brothers2, sister}) {
      assertTrue(r < NameLevel.LOW_THRESHOLD, "relative " + r);
      assertTrue(spelling - r > 0.2, spelling + " vs " + r);
    }
  }

  /**
   * Cross-script token pairs are memoized per thread: a name pair compared again (memo hits), or
   * after same-script pairs of the same tokens, gives the bits a fresh thread computes (no memo).
   */
  @Test
  void memoizedCrossScriptSimilaritiesAreThoseComputedAfresh() throws InterruptedException {
    List<String> arabic =
        List.of("محمد احمد علي حسن", "احمد محمود ابوسيف", "عبير مصطفى حسن", "علي حسين الخطيب");
    List<String> latin =
        List.of(
            "Mohammed Ahmad Ali Hasan", "Ahmed Mahmoud Abu Saif", "Abeer Mustafa", "Ali Hussein");
    double[] fresh = new double[arabic.size() * latin.size()];
    Thread t =
        new Thread(
            () -> {
              for (int k = 0; k < fresh.length; k++) {
                fresh[k] = crossPair(arabic, latin, k);
              }
            });
    t.start();
    t.join();
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < fresh.length; k++) {
        assertEquals(fresh[k], crossPair(arabic, latin, k), "pair " + k + ", round " + round);
        ar(arabic.get(k % arabic.size()), arabic.get(k / arabic.size() % arabic.size()));
        NameSimilarity.latin(latin.get(k % latin.size()), latin.get(k / latin.size()));
      }
    }
  }

  private static double crossPair(List<String> arabic, List<String> latin, int k) {
    String a = arabic.get(k / latin.size());
    String l = latin.get(k % latin.size());
    return k % 2 == 0 ? NameSimilarity.crossScript(a, l) : NameSimilarity.any(l, a);
  }

  @Test
  void givenNameWeighsMost() {
    double givenDiffers = ar("احمد محمد علي النجار", "خالد محمد علي النجار");
    double familyDiffers = ar("احمد محمد علي النجار", "احمد محمد علي الخطيب");
    double fatherDiffers = ar("احمد محمد علي النجار", "احمد خالد علي النجار");
    assertTrue(givenDiffers < fatherDiffers && givenDiffers < familyDiffers);
  }

  @Test
  void missingMiddleNamesAreTolerated() {
    double s = ar("احمد محمد علي النجار", "احمد محمد النجار");
    assertTrue(s >= NameLevel.HIGH_THRESHOLD && s < 1.0, "missing grandfather " + s);
    double noFamily = ar("احمد محمد علي النجار", "احمد محمد علي");
    assertTrue(noFamily >= NameLevel.HIGH_THRESHOLD, "missing family " + noFamily);
  }

  @Test
  void compoundsAndOrderAreTolerated() {
    assertEquals(1.0, ar("عبدالرحمن محمد ابوالقمصان", "عبد الرحمن محمد ابو القمصان"));
    assertEquals(NameComparator.REORDERED, ar("النجار احمد محمد", "احمد محمد النجار"));
  }

  @Test
  void familyArticleAndAliasesAreTolerated() {
    assertEquals(NameLevel.HIGH, level("احمد محمد علي المدهون", "احمد محمد علي مدهون"));
    assertEquals(1.0, ar("رنا محمد علي حسونة (النجار)", "رنا محمد علي النجار"));
  }

  @Test
  void latinVariantsOfOneName() {
    assertEquals(1.0, NameSimilarity.latin("Mohammed Abdel Rahman", "Muhammad Abd al-Rahman"));
    assertTrue(
        NameSimilarity.latin("Ahmed Yousef Najjar", "Ahmad Yusuf Najar")
            >= NameLevel.HIGH_THRESHOLD);
    // two independent variants (vowels of the father's name and the family article): still close
    assertTrue(
        NameSimilarity.latin("Ahmed Yousef al-Najjar", "Ahmad Yusuf Najar")
            >= NameLevel.MEDIUM_THRESHOLD);
    assertTrue(
        NameSimilarity.latin("Ahmed Mohammed Ali Shehab", "Khaled Mohammed Ali Shehab")
            < NameLevel.LOW_THRESHOLD);
  }

  @Test
  void crossScript() {
    double same =
        NameSimilarity.crossScript(
            "محمد عبدالرحمن احمد شهاب", "Mohammed Abdel Rahman Ahmed Shehab");
    double other =
        NameSimilarity.crossScript("محمد عبدالرحمن احمد شهاب", "Khaled Abdel Rahman Ahmed Shehab");
    assertTrue(same >= NameLevel.HIGH_THRESHOLD, "same " + same);
    assertTrue(other < NameLevel.LOW_THRESHOLD, "other " + other);
    assertEquals(
        same, NameSimilarity.any("Mohammed Abdel Rahman Ahmed Shehab", "محمد عبدالرحمن احمد شهاب"));
  }

  @Test
  void emptyNamesAreMissing() {
    assertEquals(0.0, ar("", "محمد"));
    assertEquals(NameLevel.MISSING, level("", "محمد"));
    assertEquals(NameLevel.MISSING, level("محمد", null));
  }

  @Test
  void stringMeasuresOnNormalizedForms() {
    assertEquals(1.0, NameSimilarity.jaroWinkler("عبد الرحمن", "عبدالرحمن"));
    assertEquals(1.0, NameSimilarity.damerauLevenshtein("فاطمة", "فاطمه"));
  }

  @Test
  void frequentDistinctNamesFromData() {
    NameFrequencies f = NameFrequencies.of(List.of("كرم علي", "كرم سعيد", "كريم علي", "كريم سعيد"));
    NameComparator c = NameComparator.withFrequencies(f, 2);
    double plain =
        NameComparator.standard()
            .compare(
                ComparableName.arabic("كرم علي النجار"), ComparableName.arabic("كريم علي النجار"));
    double known =
        c.compare(
            ComparableName.arabic("كرم علي النجار"), ComparableName.arabic("كريم علي النجار"));
    assertTrue(known < plain, known + " < " + plain);
  }

  @Test
  @Tag("slow")
  void randomPairsStayInRangeAndSymmetric() {
    Random random = new Random(13);
    String[] parts = {
      "محمد",
      "محمود",
      "احمد",
      "عبد",
      "الرحمن",
      "ابو",
      "القمصان",
      "بالل",
      "بلال",
      "هللا",
      "سهيرسهير",
      "(النجار)",
      "بن",
      "م",
      "Mohammed",
      "al-",
      "Abdel",
      "",
      " ",
      "0"
    };
    NameComparator c = NameComparator.standard();
    for (int i = 0; i < 20_000; i++) {
      String a = random(random, parts);
      String b = random(random, parts);
      ComparableName x = ComparableName.any(a);
      ComparableName y = ComparableName.any(b);
      double s = c.compare(x, y);
      assertTrue(s >= 0.0 && s <= 1.0, a + " | " + b + " = " + s);
      assertEquals(s, c.compare(y, x), 1e-12, a + " | " + b);
      if (!x.isEmpty()) {
        assertEquals(1.0, c.compare(x, x), 1e-12, a);
      }
    }
  }

  private static String random(Random random, String[] parts) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(6);
    for (int k = 0; k < n; k++) {
      sb.append(parts[random.nextInt(parts.length)]).append(' ');
    }
    return sb.toString();
  }
}
