package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.text.StringSimilarity;

/**
 * The Jaro–Winkler upper bounds of {@link ComparableName} on common names, each worked by hand: at
 * most {@code m = min(la - absent(a), lb - absent(b))} letters can match, where {@code absent(a)}
 * counts the distinct letters of a missing from b; the bound is the Jaro of m matches without
 * transpositions plus a prefix bonus of 0.1 per common leading letter (up to 4; {@code boundOf}
 * assumes all 4).
 */
class ComparableNameBoundsTest {

  private static final double EPS = 1e-9;

  @Test
  void theBoundCountsOnlyLettersBothNamesHave() {
    // محمد / محمود: no letter of محمد is missing from محمود, و is missing from محمد: m = min(4,
    // 5 - 1) = 4. Jaro (1 + 4/5 + 1) / 3 = 14/15; with the full bonus 14/15 + 0.4 / 15 = 0.96.
    assertEquals(0.96, boundOf("محمد", "محمود"), EPS);
    assertEquals(0.96, boundOf("محمود", "محمد"), EPS);
  }

  @Test
  void theSmallerCountOfPossibleMatchesBounds() {
    // احمد / محمود: ا is missing from محمود (3 of 4 can match), و from احمد (4 of 5): m = 3.
    // Jaro (3/4 + 3/5 + 1) / 3 = 0.78333; with the full bonus + 0.4 * 0.21667 = 0.87.
    assertEquals(0.87, boundOf("احمد", "محمود"), EPS);
    assertEquals(0.87, boundOf("محمود", "احمد"), EPS);
  }

  @Test
  void theTokenBoundTakesTheActualCommonPrefix() {
    // محمد / محمود share محم: 14/15 + 3 * 0.1 * 1/15 = 0.95333, their Jaro–Winkler exactly.
    assertEquals(0.9533333333, tokenBound("محمد", "محمود"), EPS);
    assertEquals(StringSimilarity.jaroWinkler("محمد", "محمود"), tokenBound("محمد", "محمود"), EPS);
    // احمد / محمود start differently: no bonus, the bound is the Jaro bound 0.78333.
    assertEquals(0.7833333333, tokenBound("احمد", "محمود"), EPS);
  }

  @Test
  void thePrefixBonusStopsAtFourLetters() {
    // خالد / خالدي share all 4 letters of خالد: m = 4, Jaro 14/15, bonus 4 * 0.1 * 1/15: 0.96.
    assertEquals(0.96, tokenBound("خالد", "خالدي"), EPS);
    // سلمان / سلماني share 5 letters, only 4 count: m = 5 (ي is missing from سلمان), Jaro
    // (1 + 5/6 + 1) / 3 = 17/18, plus 0.4 * 1/18 = 0.96667 (0.97222 if 5 counted).
    assertEquals(List.of("سلمان"), ComparableName.arabic("سلمان").tokens());
    assertEquals(0.9666666667, tokenBound("سلمان", "سلماني"), EPS);
  }

  @Test
  void aPairThatCannotBeatTheBarIsNotCompared() {
    char[] x = "محمد".toCharArray();
    char[] y = "محمود".toCharArray();
    long xm = ComparableName.letterSet("محمد");
    long ym = ComparableName.letterSet("محمود");
    double bound = ComparableName.boundOf(4, xm, 5, ym);
    double jw = StringSimilarity.jaroWinkler("محمد", "محمود");
    // A bar equal to the bound cannot be beaten; one just below it can.
    assertEquals(0.0, ComparableName.similarityAbove(x, 0, 4, xm, y, 0, 5, ym, bound));
    assertEquals(
        jw, ComparableName.similarityAbove(x, 0, 4, xm, y, 0, 5, ym, Math.nextDown(bound)), EPS);
    // Ranges inside longer arrays: محمد inside محمدعلي against محمود inside ابومحمود.
    char[] xs = "محمدعلي".toCharArray();
    char[] ys = "ابومحمود".toCharArray();
    assertEquals(jw, ComparableName.similarityAbove(xs, 0, 4, xm, ys, 3, 5, ym, 0.5), EPS);
  }

  private static double boundOf(String a, String b) {
    return ComparableName.boundOf(
        a.length(), ComparableName.letterSet(a), b.length(), ComparableName.letterSet(b));
  }

  private static double tokenBound(String a, String b) {
    ComparableName x = ComparableName.arabic(a);
    ComparableName y = ComparableName.arabic(b);
    assertEquals(List.of(a), x.tokens());
    assertEquals(List.of(b), y.tokens());
    return x.jaroWinklerBound(0, y, 0);
  }
}
