package org.sijil.core.linkage;

import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The normalized names of one {@link NameColumn}, stored flat: one array of letters and one of
 * token ids for the whole column instead of three small arrays per record. Record r's letters
 * (spaces removed) are {@code letters[textStart[r], textStart[r + 1])}; its tokens are {@code
 * tokens[tokenStart[r], tokenStart[r + 1])}, each ending at {@code tokenEnds[same index]} within
 * the record's letters (names are cut at 255 chars). On a million records this saves the headers
 * and references of three million objects per column, and a record's features are ranges of a few
 * arrays, which a row format can copy as they are.
 *
 * <p>Filled in record order by one {@link NameColumn#fill}, letters and tokens each by one thread;
 * read-only afterwards, so any number of threads may compare with it.
 */
final class NameRows {

  /** Letters and tokens of a typical name: first sizes of the flat arrays, grown as needed. */
  private static final int EXPECTED_LETTERS = 20;

  private static final int EXPECTED_TOKENS = 4;

  /** The largest array the JVM reliably allocates. */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  char[] letters;
  final int[] textStart;
  int[] tokens;
  final int[] tokenStart;
  byte[] tokenEnds;

  NameRows(int n) {
    this(n, Math.max(16, n * EXPECTED_LETTERS), Math.max(4, n * EXPECTED_TOKENS));
  }

  private NameRows(int n, int letters, int tokens) {
    textStart = new int[n + 1];
    tokenStart = new int[n + 1];
    this.letters = new char[letters];
    this.tokens = new int[tokens];
    tokenEnds = new byte[tokens];
  }

  /** The rows of n records without a name: no letters or tokens to hold, nothing to append. */
  static NameRows absent(int n) {
    return new NameRows(n, 0, 0);
  }

  int size() {
    return textStart.length - 1;
  }

  /** Number of tokens of record r's name (0 when absent). */
  int tokenCount(int r) {
    return tokenStart[r + 1] - tokenStart[r];
  }

  /**
   * Appends the letters of records {@code start, start + 1, ...} (null: none) after those of the
   * records before them, which are all appended.
   */
  void appendLetters(int start, char[][] lettersOf) {
    int at = textStart[start];
    for (int i = 0; i < lettersOf.length; i++) {
      char[] l = lettersOf[i];
      if (l != null) {
        if (at + (long) l.length > letters.length) {
          letters = Arrays.copyOf(letters, grown(letters.length, at + (long) l.length));
        }
        System.arraycopy(l, 0, letters, at, l.length);
        at += l.length;
      }
      textStart[start + i + 1] = at;
    }
  }

  /**
   * Appends record r's token ids (null: no name) and the end of each token within its letters,
   * after the tokens of the records before it, which are all appended.
   */
  void appendTokens(int r, int[] ids, byte[] ends) {
    int at = tokenStart[r];
    if (ids != null) {
      if (ends.length != ids.length) {
        throw new IllegalArgumentException(
            "record " + r + ": " + ids.length + " tokens but " + ends.length + " ends");
      }
      if (at + (long) ids.length > tokens.length) {
        int size = grown(tokens.length, at + (long) ids.length);
        tokens = Arrays.copyOf(tokens, size);
        tokenEnds = Arrays.copyOf(tokenEnds, size);
      }
      System.arraycopy(ids, 0, tokens, at, ids.length);
      System.arraycopy(ends, 0, tokenEnds, at, ids.length);
      at += ids.length;
    }
    tokenStart[r + 1] = at;
  }

  /** Drops the unused ends of the arrays once every record is appended. */
  void trim() {
    int n = size();
    letters = Arrays.copyOf(letters, textStart[n]);
    tokens = Arrays.copyOf(tokens, tokenStart[n]);
    tokenEnds = Arrays.copyOf(tokenEnds, tokenStart[n]);
  }

  /** Grows by half, at least to {@code needed}; fails naming the limit beyond an array's size. */
  static int grown(int length, long needed) {
    long size = Math.max(needed, length + (length >> 1) + 16L);
    if (needed > MAX_LENGTH) {
      throw new IllegalStateException(
          "a name column holds at most " + MAX_LENGTH + " letters or tokens, needed " + needed);
    }
    return (int) Math.min(size, MAX_LENGTH);
  }

  /** Where token i (an index into {@link #tokens}) of record r starts in {@link #letters}. */
  int tokenFrom(int r, int i) {
    return textStart[r] + (i == tokenStart[r] ? 0 : tokenEnds[i - 1] & 0xff);
  }

  /** Where token i (an index into {@link #tokens}) of record r ends in {@link #letters}. */
  int tokenTo(int r, int i) {
    return textStart[r] + (tokenEnds[i] & 0xff);
  }

  /** Record r's token t as a string. */
  String token(int r, int t) {
    int i = tokenStart[r] + t;
    int from = tokenFrom(r, i);
    return new String(letters, from, tokenTo(r, i) - from);
  }

  /** Jaro–Winkler of the whole names of records a and b, spaces removed. */
  double jaroWinkler(int a, int b, Scratch s) {
    int[] start = textStart;
    return Similarity.jaroWinkler(
        letters, start[a], start[a + 1], letters, start[b], start[b + 1], s);
  }

  /** {@link Similarity#tokens} of the names of records a and b. */
  double tokenJaroWinkler(int a, int b, Scratch s) {
    int[] start = textStart;
    int[] first = tokenStart;
    return Similarity.tokens(
        letters,
        start[a],
        start[a + 1],
        tokenEnds,
        first[a],
        first[a + 1],
        letters,
        start[b],
        start[b + 1],
        tokenEnds,
        first[b],
        first[b + 1],
        s);
  }

  /**
   * The id of each token's coarse form under {@code coarse}, parallel to {@link #tokens}: equal ids
   * for equal coarse forms, each form computed once per distinct token.
   */
  int[] coarseIds(UnaryOperator<String> coarse) {
    int[] out = new int[tokens.length];
    Map<String, Integer> ids = new java.util.HashMap<>();
    Map<Integer, Integer> byToken = new java.util.HashMap<>();
    for (int r = 0; r < size(); r++) {
      for (int i = tokenStart[r]; i < tokenStart[r + 1]; i++) {
        Integer known = byToken.get(tokens[i]);
        if (known == null) {
          String form =
              coarse.apply(new String(letters, tokenFrom(r, i), tokenTo(r, i) - tokenFrom(r, i)));
          known = ids.computeIfAbsent(form, x -> ids.size());
          byToken.put(tokens[i], known);
        }
        out[i] = known;
      }
    }
    return out;
  }
}
