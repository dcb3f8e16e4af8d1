package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Names stored flat give back each record's letters and tokens, whatever the growth of the arrays,
 * and compare exactly as names held in arrays of their own.
 */
class NameRowsTest {

  private static final String[][] NAMES = {
    {"محمد", "خالد", "حسن"}, null, {"a"}, {}, {"عبد", "الرحمن", "يوسف", "حسن", "النجار"}, null
  };

  private static NameRows rows(String[][] names, int block) {
    NameRows rows = new NameRows(names.length);
    for (int from = 0; from < names.length; from += block) {
      int m = Math.min(block, names.length - from);
      char[][] letters = new char[m][];
      for (int i = 0; i < m; i++) {
        String[] n = names[from + i];
        letters[i] = n == null ? null : String.join("", n).toCharArray();
        rows.appendTokens(from + i, n == null ? null : ids(n), n == null ? null : ends(n));
      }
      rows.appendLetters(from, letters);
    }
    rows.trim();
    return rows;
  }

  private static int[] ids(String[] tokens) {
    int[] out = new int[tokens.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = tokens[t].hashCode() & 0xffff;
    }
    return out;
  }

  private static byte[] ends(String[] tokens) {
    byte[] out = new byte[tokens.length];
    int at = 0;
    for (int t = 0; t < tokens.length; t++) {
      at += tokens[t].length();
      out[t] = (byte) at;
    }
    return out;
  }

  @Test
  void eachRecordGivesBackItsTokensInOrder() {
    for (int block : new int[] {1, 2, NAMES.length}) {
      NameRows rows = rows(NAMES, block);
      assertEquals(NAMES.length, rows.size());
      for (int r = 0; r < NAMES.length; r++) {
        String[] n = NAMES[r] == null ? new String[0] : NAMES[r];
        assertEquals(n.length, rows.tokenCount(r), "record " + r);
        for (int t = 0; t < n.length; t++) {
          assertEquals(n[t], rows.token(r, t));
          assertEquals(ids(n)[t], rows.tokens[rows.tokenStart[r] + t]);
        }
      }
      assertEquals(rows.textStart[NAMES.length], rows.letters.length, "trimmed");
      assertEquals(rows.tokenStart[NAMES.length], rows.tokens.length, "trimmed");
    }
  }

  @Test
  void arraysGrowPastTheirFirstSize() {
    String long1 = "x".repeat(120);
    String[][] names = new String[3][];
    names[0] = new String[] {long1, long1};
    names[1] = new String[30];
    java.util.Arrays.fill(names[1], "ab");
    names[2] = new String[] {"c"};
    NameRows rows = rows(names, 3);
    assertEquals(long1, rows.token(0, 1));
    assertEquals(30, rows.tokenCount(1));
    assertEquals("ab", rows.token(1, 29));
    assertEquals("c", rows.token(2, 0));
  }

  @Test
  void tokensAndEndsMustAgreeAndArraysHaveALimit() {
    NameRows rows = new NameRows(2);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> rows.appendTokens(0, new int[] {1, 2}, new byte[] {3}));
    assertTrue(e.getMessage().contains("record 0"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> NameRows.grown(10, Integer.MAX_VALUE));
    assertEquals(31, NameRows.grown(10, 11));
    assertEquals(100, NameRows.grown(10, 100));
  }

  @Test
  void coarseFormsOfEqualTokensShareAnId() {
    NameRows rows = rows(NAMES, 2);
    int[] ids = rows.coarseIds(t -> t.isEmpty() ? t : t.substring(0, 1));
    assertEquals(rows.tokens.length, ids.length);
    // حسن of records 0 and 4 has one coarse form; محمد and خالد begin with different letters.
    assertEquals(ids[rows.tokenStart[0] + 2], ids[rows.tokenStart[4] + 3]);
    assertTrue(ids[rows.tokenStart[0]] != ids[rows.tokenStart[0] + 1]);
  }

  @Test
  void flatNamesCompareAsNamesOfTheirOwn() {
    Random random = new Random(5);
    String alphabet = "abcمحدخلي";
    String[][] names = new String[200][];
    for (int r = 0; r < names.length; r++) {
      names[r] = new String[1 + random.nextInt(4)];
      for (int t = 0; t < names[r].length; t++) {
        char[] c = new char[1 + random.nextInt(7)];
        for (int k = 0; k < c.length; k++) {
          c[k] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        names[r][t] = new String(c);
      }
    }
    names[7] = new String[] {"y".repeat(70), "z"};
    NameRows rows = rows(names, 64);
    Scratch s = new Scratch();
    for (int a = 0; a < names.length; a++) {
      int b = (a * 31 + 7) % names.length;
      char[] ca = String.join("", names[a]).toCharArray();
      char[] cb = String.join("", names[b]).toCharArray();
      assertEquals(Similarity.jaroWinkler(ca, cb, s), rows.jaroWinkler(a, b, s), a + "," + b);
      assertEquals(
          Similarity.tokens(ca, ends(names[a]), cb, ends(names[b]), s),
          rows.tokenJaroWinkler(a, b, s),
          a + "," + b);
    }
    assertArrayEquals(
        String.join("", names[7]).toCharArray(),
        java.util.Arrays.copyOfRange(rows.letters, rows.textStart[7], rows.textStart[8]));
  }
}
