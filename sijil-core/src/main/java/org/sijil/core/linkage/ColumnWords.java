package org.sijil.core.linkage;

import org.sijil.core.names.WordDrop;

/**
 * The words of two names of one {@link NameColumn} as {@link WordDrop} compares chains one word
 * apart: words by their ids and letter ranges, equal ids 1, equal coarse forms ({@link
 * NameColumn#skeletonIds}) at least {@link NameColumn#SKELETON_EQUAL}, else Jaro–Winkler; a
 * truncated {@code abd} compound and two words run together by Jaro–Winkler of the letter ranges (a
 * name's words are stored run together, so two adjacent words are one range).
 */
final class ColumnWords implements WordDrop.Words {

  private final NameColumn column;
  private final int shorter;
  private final int longer;
  private final Scratch scratch;

  private ColumnWords(NameColumn column, int shorter, int longer, Scratch scratch) {
    this.column = column;
    this.shorter = shorter;
    this.longer = longer;
    this.scratch = scratch;
  }

  /** {@link WordDrop#similarity} of records a and b, whose names are one word apart. */
  static double similarity(NameColumn column, int a, int b, Scratch s) {
    return similarity(column, a, b, s, Double.NEGATIVE_INFINITY);
  }

  /** As above when at least {@code floor}, else some value below it ({@link WordDrop}). */
  static double similarity(NameColumn column, int a, int b, Scratch s, double floor) {
    boolean aShorter = column.rows.tokenCount(a) < column.rows.tokenCount(b);
    int sh = aShorter ? a : b;
    return WordDrop.similarity(
        column.rows.tokenCount(sh), new ColumnWords(column, sh, aShorter ? b : a, s), floor);
  }

  /** Where word t of record r starts in the column's letters. */
  private int start(int r, int t) {
    return column.rows.tokenFrom(r, word(r, t));
  }

  /** Where word t of record r ends in the column's letters. */
  private int end(int r, int t) {
    return column.rows.tokenTo(r, word(r, t));
  }

  /** Index of word t of record r in the column's token arrays. */
  private int word(int r, int t) {
    return column.rows.tokenStart[r] + t;
  }

  @Override
  public double similarity(int i, int j) {
    int x = column.rows.tokens[word(shorter, i)];
    int y = column.rows.tokens[word(longer, j)];
    if (x == y) {
      return 1;
    }
    // The same memo as the column's equal-length comparison: a pair of words scores the same there.
    Scratch.TokenMemo memo = scratch.memo(column);
    long key = Scratch.TokenMemo.key(x, y);
    int slot = Scratch.TokenMemo.slot(key);
    if (memo.key[slot] == key) {
      return memo.value[slot];
    }
    double jw =
        Similarity.jaroWinkler(
            column.rows.letters,
            start(shorter, i),
            end(shorter, i),
            column.rows.letters,
            start(longer, j),
            end(longer, j),
            scratch);
    int[] sk = column.skeletonIds;
    double value =
        sk != null && sk[word(shorter, i)] == sk[word(longer, j)]
            ? Math.max(jw, NameColumn.SKELETON_EQUAL)
            : jw;
    memo.key[slot] = key;
    memo.value[slot] = value;
    return value;
  }

  @Override
  public boolean longerIsAbd(int j) {
    return startsWithAbd(longer, j, false);
  }

  @Override
  public double afterAbd(int i, int j) {
    if (!startsWithAbd(shorter, i, true)) {
      return -1;
    }
    return Similarity.jaroWinkler(
        column.rows.letters,
        start(shorter, i) + WordDrop.ABD.length(),
        end(shorter, i),
        column.rows.letters,
        start(longer, j),
        end(longer, j),
        scratch);
  }

  @Override
  public double joined(int i, int j) {
    if (!WordDrop.joinedFits(
        end(shorter, i) - start(shorter, i), end(longer, j + 1) - start(longer, j))) {
      return -1;
    }
    return Similarity.jaroWinkler(
        column.rows.letters,
        start(shorter, i),
        end(shorter, i),
        column.rows.letters,
        start(longer, j),
        end(longer, j + 1),
        scratch);
  }

  /** Whether word t of record r starts with {@code abd} (and, if {@code more}, goes on). */
  private boolean startsWithAbd(int r, int t, boolean more) {
    int from = start(r, t);
    int length = end(r, t) - from;
    String abd = WordDrop.ABD;
    if (length < abd.length() + (more ? 1 : 0)) {
      return false;
    }
    char[] text = column.rows.letters;
    for (int k = 0; k < abd.length(); k++) {
      if (text[from + k] != abd.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
