package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bit-parallel Jaro(-Winkler) against {@link SimilarityReference}, the window scan it replaced,
 * on random strings chosen to hit its edges: the 64-char limit, repeated letters, and chars that
 * share a low byte (they share a home slot of the table, e.g. 'A' U+0041 and 'ف' U+0641).
 */
class SimilarityTest {

  private static final double EPS = 1e-12;

  /** Alphabets by what they exercise. */
  private static final char[][] ALPHABETS = {
    range('\u0621', '\u064A'), // Arabic letters
    range('a', 'z'),
    concat(range('A', 'Z'), range('\u0621', '\u064A')), // A..J collide with U+0641..U+064A
    {'A', '\u0641', '\u0141', '\u0241', 'B', '\u0642', '\u0142'}, // long probe chains
    {'a', 'b'}, // mostly repeated letters
    {'\u0645', '\u062D', '\u062F'}, // م ح د
  };

  private final Scratch scratch = new Scratch();

  @Test
  void knownValues() {
    assertJw("MARTHA", "MARHTA", 0.9611111111111111);
    assertJw("DWAYNE", "DUANE", 0.84);
    assertJw("DIXON", "DICKSONX", 0.8133333333333332);
    assertEquals(
        0.9444444444444445,
        Similarity.jaro("MARTHA".toCharArray(), "MARHTA".toCharArray(), scratch),
        EPS);
    assertJw("", "", 1.0);
    assertJw("", "محمد", 0.0);
    assertJw("محمد", "", 0.0);
    assertJw("ab", "cd", 0.0);
    assertJw("محمد", "محمد", 1.0);
  }

  /**
   * The three reference checks below on a few thousand cases: fast enough for mutation testing,
   * which leaves out the full ones (tagged slow).
   */
  @Test
  void aSampleOfRandomStringsMatchesTheReference() {
    randomStrings(new Random(5L), 3_000);
    ranges(new Random(6L), 1_500);
    tokens(new Random(8L), 1_000);
  }

  /**
   * ahmad|ali against ahmed|ali, worked by hand. Tokens: ahmad/ahmed match 4 of 5 (window 1; the
   * second a finds no a), Jaro 13/15, Winkler + 3 * 0.1 * 2/15 = 68/75; ali/ali 1; weighted by
   * length (68/75 * 10 + 6) / 16 = 0.941667. Whole: window 3, 7 of 8 match (a-d and d-a cross: one
   * transposition), Jaro (7/8 + 7/8 + 6/7) / 3 = 0.869048, Winkler + 0.3 * 0.130952 = 0.908333,
   * taken alone when the token counts differ.
   */
  @Test
  void tokensScoreTokenByTokenWhenTheCountsAgree() {
    char[] a = "ahmadali".toCharArray();
    char[] b = "ahmedali".toCharArray();
    byte[] two = {5, 8};
    assertEquals(0.9416666667, Similarity.tokens(a, two, b, two, scratch), 1e-9);
    assertEquals(0.9083333333, Similarity.tokens(a, two, b, new byte[] {8}, scratch), 1e-9);
    assertEquals(0.9083333333, Similarity.jaroWinkler(a, b, scratch), 1e-9);
    // The same names inside longer arrays, by range.
    char[] as = "xxahmadali".toCharArray();
    char[] bs = "ahmedaliyy".toCharArray();
    assertEquals(
        0.9416666667,
        Similarity.tokens(as, 2, 10, two, 0, 2, bs, 0, 8, new byte[] {9, 5, 8}, 1, 3, scratch),
        1e-9);
    assertTableClean();
  }

  @Test
  @Tag("slow")
  void randomStringsMatchTheReference() {
    randomStrings(new Random(20261122L), 200_000);
  }

  private void randomStrings(Random rnd, int cases) {
    for (int n = 0; n < cases; n++) {
      char[] alphabet = ALPHABETS[rnd.nextInt(ALPHABETS.length)];
      char[] a = random(rnd, alphabet, rnd.nextInt(81));
      char[] b =
          rnd.nextBoolean() ? random(rnd, alphabet, rnd.nextInt(81)) : variant(rnd, alphabet, a);
      compare(a, 0, a.length, b, 0, b.length);
    }
  }

  @Test
  @Tag("slow")
  void rangesInsideLargerArraysMatchTheReference() {
    ranges(new Random(7L), 100_000);
  }

  private void ranges(Random rnd, int cases) {
    for (int n = 0; n < cases; n++) {
      char[] alphabet = ALPHABETS[rnd.nextInt(ALPHABETS.length)];
      char[] a = random(rnd, alphabet, rnd.nextInt(100));
      char[] b = rnd.nextInt(4) == 0 ? a : variant(rnd, alphabet, a);
      int aFrom = rnd.nextInt(a.length + 1);
      int aTo = aFrom + rnd.nextInt(a.length - aFrom + 1);
      int bFrom = rnd.nextInt(b.length + 1);
      int bTo = bFrom + rnd.nextInt(b.length - bFrom + 1);
      compare(a, aFrom, aTo, b, bFrom, bTo);
    }
  }

  @Test
  @Tag("slow")
  void tokensMatchTheReference() {
    tokens(new Random(99L), 50_000);
  }

  private void tokens(Random rnd, int cases) {
    for (int n = 0; n < cases; n++) {
      char[] alphabet = ALPHABETS[rnd.nextInt(ALPHABETS.length)];
      int tokens = 1 + rnd.nextInt(5);
      byte[] ae = ends(rnd, tokens);
      byte[] be =
          rnd.nextInt(5) == 0
              ? ends(rnd, 1 + rnd.nextInt(5))
              : (rnd.nextBoolean() ? ae : ends(rnd, tokens));
      char[] a = random(rnd, alphabet, ae[ae.length - 1] & 0xff);
      char[] b =
          be == ae && rnd.nextBoolean()
              ? retype(rnd, alphabet, a)
              : random(rnd, alphabet, be[be.length - 1] & 0xff);
      assertEquals(
          SimilarityReference.tokens(a, ae, b, be),
          Similarity.tokens(a, ae, b, be, scratch),
          EPS,
          () -> new String(a) + " / " + new String(b));
    }
    assertTableClean();
  }

  private void compare(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
    String what = new String(a, aFrom, aTo - aFrom) + " / " + new String(b, bFrom, bTo - bFrom);
    assertEquals(
        SimilarityReference.jaro(a, aFrom, aTo, b, bFrom, bTo),
        Similarity.jaro(a, aFrom, aTo, b, bFrom, bTo, scratch),
        EPS,
        what);
    assertEquals(
        SimilarityReference.jaroWinkler(a, aFrom, aTo, b, bFrom, bTo),
        Similarity.jaroWinkler(a, aFrom, aTo, b, bFrom, bTo, scratch),
        EPS,
        what);
    assertEquals(
        SimilarityReference.jaroWinkler(b, bFrom, bTo, a, aFrom, aTo),
        Similarity.jaroWinkler(b, bFrom, bTo, a, aFrom, aTo, scratch),
        EPS,
        what);
    assertTableClean();
  }

  /** A call must leave the char table empty, or the next pair would see stale positions. */
  private void assertTableClean() {
    for (long mask : scratch.peq) {
      assertEquals(0L, mask);
    }
  }

  private void assertJw(String a, String b, double expected) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    assertEquals(expected, SimilarityReference.jaroWinkler(x, y), EPS);
    assertEquals(expected, Similarity.jaroWinkler(x, y, scratch), EPS);
  }

  /** Either a light edit of a (likely above the Winkler threshold) or a shuffled copy. */
  private static char[] variant(Random rnd, char[] alphabet, char[] a) {
    if (rnd.nextInt(3) > 0) {
      return mutate(rnd, alphabet, a);
    }
    char[] b = a.clone();
    for (int i = b.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      char t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
    return b;
  }

  /** Up to three edits: change, drop, insert or swap neighbours. */
  private static char[] mutate(Random rnd, char[] alphabet, char[] a) {
    StringBuilder sb = new StringBuilder().append(a);
    for (int e = rnd.nextInt(4); e > 0 && sb.length() > 1; e--) {
      int i = rnd.nextInt(sb.length() - 1);
      switch (rnd.nextInt(4)) {
        case 0 -> sb.setCharAt(i, alphabet[rnd.nextInt(alphabet.length)]);
        case 1 -> sb.deleteCharAt(i);
        case 2 -> sb.insert(i, alphabet[rnd.nextInt(alphabet.length)]);
        default -> {
          char t = sb.charAt(i);
          sb.setCharAt(i, sb.charAt(i + 1));
          sb.setCharAt(i + 1, t);
        }
      }
    }
    return sb.toString().toCharArray();
  }

  /** A few chars of a changed, so the token ends of a still fit. */
  private static char[] retype(Random rnd, char[] alphabet, char[] a) {
    char[] b = a.clone();
    for (int e = rnd.nextInt(3); e > 0 && b.length > 0; e--) {
      b[rnd.nextInt(b.length)] = alphabet[rnd.nextInt(alphabet.length)];
    }
    return b;
  }

  private static byte[] ends(Random rnd, int tokens) {
    byte[] e = new byte[tokens];
    int at = 0;
    for (int t = 0; t < tokens; t++) {
      // Mostly short tokens, now and then an empty one; whole names on both sides of 64 chars.
      at += rnd.nextInt(rnd.nextBoolean() ? 9 : 25) + (rnd.nextInt(20) == 0 ? 0 : 1);
      e[t] = (byte) at;
    }
    return e;
  }

  private static char[] random(Random rnd, char[] alphabet, int length) {
    char[] s = new char[length];
    for (int i = 0; i < length; i++) {
      s[i] = alphabet[rnd.nextInt(alphabet.length)];
    }
    return s;
  }

  private static char[] range(char from, char to) {
    char[] r = new char[to - from + 1];
    for (int i = 0; i < r.length; i++) {
      r[i] = (char) (from + i);
    }
    return r;
  }

  private static char[] concat(char[] x, char[] y) {
    char[] r = java.util.Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, r, x.length, y.length);
    return r;
  }
}
