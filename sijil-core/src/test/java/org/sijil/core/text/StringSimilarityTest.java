package org.sijil.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Jaro, Jaro-Winkler and Damerau-Levenshtein on cases worked out by hand, through each entry point:
 * strings, packed char ranges, and strings longer than 64 chars (the path without bit sets).
 */
class StringSimilarityTest {

  static final double EPS = 1e-12;

  /** Jaro-Winkler through the packed-range entry, with the strings placed at an offset. */
  static double packed(String a, String b) {
    char[] ca = ("##" + a).toCharArray();
    char[] cb = ("###" + b + "#").toCharArray();
    return StringSimilarity.jaroWinkler(ca, 2, a.length(), cb, 3, b.length());
  }

  @Test
  void textbookPairs() {
    // MARTHA / MARHTA: 6 matches, T-H swapped (1 transposition); prefix MAR.
    assertEquals((1 + 1 + 5.0 / 6) / 3, StringSimilarity.jaro("MARTHA", "MARHTA"), EPS);
    double jw = (1 + 1 + 5.0 / 6) / 3 + 3 * 0.1 * (1 - (1 + 1 + 5.0 / 6) / 3);
    assertEquals(jw, StringSimilarity.jaroWinkler("MARTHA", "MARHTA"), EPS);
    assertEquals(jw, packed("MARTHA", "MARHTA"), EPS);
    // DWAYNE / DUANE: D, A, N, E match (4), none transposed; prefix D.
    double dj = (4.0 / 6 + 4.0 / 5 + 1) / 3;
    assertEquals(dj, StringSimilarity.jaro("DWAYNE", "DUANE"), EPS);
    assertEquals(dj + 0.1 * (1 - dj), StringSimilarity.jaroWinkler("DWAYNE", "DUANE"), EPS);
    assertEquals(dj + 0.1 * (1 - dj), packed("DWAYNE", "DUANE"), EPS);
  }

  @Test
  void emptyDisjointAndPrefixCappedAtFour() {
    assertEquals(1.0, StringSimilarity.jaro("", ""), 0);
    assertEquals(0.0, StringSimilarity.jaro("", "a"), 0);
    assertEquals(0.0, StringSimilarity.jaro("a", ""), 0);
    assertEquals(0.0, StringSimilarity.jaro("abc", "xyz"), 0);
    assertEquals(1.0, packed("", ""), 0);
    assertEquals(0.0, packed("", "a"), 0);
    assertEquals(0.0, packed("a", ""), 0);
    assertEquals(0.0, packed("abc", "xyz"), 0);
    // abcdefgh / abcdefgx: 7 matches of 8, prefix 4 (not 7).
    double j = (7.0 / 8 + 7.0 / 8 + 1) / 3;
    assertEquals(j + 4 * 0.1 * (1 - j), StringSimilarity.jaroWinkler("abcdefgh", "abcdefgx"), EPS);
    assertEquals(j + 4 * 0.1 * (1 - j), packed("abcdefgh", "abcdefgx"), EPS);
    // Characters outside the window do not match: window for length 4 is 1.
    assertEquals(0.0, StringSimilarity.jaro("abcd", "dxxa"), 0);
  }

  @Test
  void transpositionsAndWindowOnShortAndLongStrings() {
    // abcc / bacc: window 1; all 4 match, a-b crossed (1 transposition); no common prefix.
    double shortJ = (1 + 1 + 3.0 / 4) / 3;
    assertEquals(shortJ, StringSimilarity.jaro("abcc", "bacc"), EPS);
    assertEquals(shortJ, StringSimilarity.jaroWinkler("abcc", "bacc"), EPS);
    assertEquals(shortJ, packed("abcc", "bacc"), EPS);
    // The same shape at 70 chars (window 34).
    String a = "ab" + "c".repeat(68);
    String b = "ba" + "c".repeat(68);
    double longJ = (1 + 1 + 69.0 / 70) / 3;
    assertEquals(longJ, StringSimilarity.jaro(a, b), EPS);
    assertEquals(longJ, StringSimilarity.jaroWinkler(a, b), EPS);
    assertEquals(longJ, packed(a, b), EPS);
    // 70 a's against 69 a's and a b: 69 matches; prefix 4.
    String x = "a".repeat(70);
    String y = "a".repeat(69) + "b";
    double j = (69.0 / 70 + 69.0 / 70 + 1) / 3;
    assertEquals(j, StringSimilarity.jaro(x, y), EPS);
    assertEquals(j + 0.4 * (1 - j), StringSimilarity.jaroWinkler(x, y), EPS);
    assertEquals(j + 0.4 * (1 - j), packed(x, y), EPS);
    assertEquals(0.0, StringSimilarity.jaro("b" + "a".repeat(69), "c".repeat(70)), 0);
    // Far apart in a long string: the 'z' at 0 and at 69 are outside the window of 34.
    String far = "z" + "a".repeat(69);
    String farB = "a".repeat(69) + "z";
    double fj = (69.0 / 70 + 69.0 / 70 + 1) / 3;
    assertEquals(fj, StringSimilarity.jaro(far, farB), EPS);
  }

  @Test
  void damerauLevenshteinCountsAdjacentTranspositionsOnce() {
    assertEquals(0, StringSimilarity.damerauLevenshtein("abc", "abc"));
    assertEquals(3, StringSimilarity.damerauLevenshtein("", "abc"));
    assertEquals(3, StringSimilarity.damerauLevenshtein("abc", ""));
    assertEquals(1, StringSimilarity.damerauLevenshtein("abcdef", "abdcef"));
    assertEquals(1, StringSimilarity.damerauLevenshtein("ab", "ba"));
    assertEquals(3, StringSimilarity.damerauLevenshtein("kitten", "sitting"));
    assertEquals(
        3,
        StringSimilarity.damerauLevenshtein("ca", "abc"),
        "optimal string alignment: no substring edited twice");
    assertEquals(1, StringSimilarity.damerauLevenshtein("abc", "abxc"));
    assertEquals(1, StringSimilarity.damerauLevenshtein("abxc", "abc"));
    assertEquals(2, StringSimilarity.damerauLevenshtein("abcd", "badc"));
    assertEquals(1.0, StringSimilarity.damerauLevenshteinSimilarity("", ""), 0);
    assertEquals(
        1 - 1.0 / 6, StringSimilarity.damerauLevenshteinSimilarity("abcdef", "abdcef"), EPS);
    assertEquals(
        1 - 3.0 / 7, StringSimilarity.damerauLevenshteinSimilarity("kitten", "sitting"), EPS);
    assertEquals(0.0, StringSimilarity.damerauLevenshteinSimilarity("abc", "xyz"), 0);
  }
}
