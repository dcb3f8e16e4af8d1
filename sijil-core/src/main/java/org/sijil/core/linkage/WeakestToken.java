package org.sijil.core.linkage;

import org.sijil.core.names.WordDrop;

/**
 * The comparison of two names of a {@link NameColumn} token by token ({@code
 * weakest_token_jaro_winkler}, {@code romanized_weakest_token}), read from the column's storage.
 */
final class WeakestToken {

  private WeakestToken() {}

  /**
   * Names of as many tokens compared token by token, each against the token in the same place: the
   * similarity of the least similar pair. A name differs from a relative's in one whole token (a
   * sibling's given name, a cousin's father), which a mean over the tokens or Jaro–Winkler on the
   * whole chain would hide behind the tokens they share; damage from lists and PDF extraction
   * changes a letter or two within tokens. Equal tokens are recognised by their ids. Names one
   * token apart are compared on the best alignment that drops a token of the longer or reads two of
   * its tokens as one ({@link WordDrop}), unless Jaro–Winkler of the whole names, spaces removed,
   * reaches {@link WordDrop#JOINED} (the same letters spaced differently); other names with
   * different numbers of tokens fall back on that Jaro–Winkler.
   */
  static double similarity(NameColumn column, int a, int b, double floor, Scratch s) {
    NameRows rows = column.rows;
    int[][] repairIds = column.repairIds;
    int[] skeletonIds = column.skeletonIds;
    int na = rows.tokenCount(a);
    int nb = rows.tokenCount(b);
    if (na != nb || na < 2) {
      double whole = rows.jaroWinkler(a, b, s);
      // One word apart, the alignment decides alone: Jaro-Winkler of the whole names rewards the
      // given and father's names they share at the front (a stranger's محمد محمد محمد جبر / محمد
      // محمد محمد راغب الناعوق scored >= 0.88), and such strangers multiply with the population.
      return WordDrop.applies(na, nb) && whole < WordDrop.JOINED
          ? ColumnWords.similarity(column, a, b, s, floor)
          : whole;
    }
    int ta = rows.tokenStart[a];
    int tb = rows.tokenStart[b];
    int sa = rows.textStart[a];
    int sb = rows.textStart[b];
    int[] tokens = rows.tokens;
    byte[] tokenEnds = rows.tokenEnds;
    char[] letters = rows.letters;
    Scratch.TokenMemo memo = s.memo(column);
    double min = 1.0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < na; t++) {
      int at = tokenEnds[ta + t] & 0xff;
      int bt = tokenEnds[tb + t] & 0xff;
      int ia = tokens[ta + t];
      int ib = tokens[tb + t];
      if (ia != ib) {
        long k = Scratch.TokenMemo.key(ia, ib);
        int slot = Scratch.TokenMemo.slot(k);
        double j;
        if (memo.key[slot] == k) {
          j = memo.value[slot];
        } else {
          j = Similarity.jaroWinkler(letters, sa + af, sa + at, letters, sb + bf, sb + bt, s);
          if (skeletonIds != null && skeletonIds[ta + t] == skeletonIds[tb + t]) {
            j = Math.max(j, NameColumn.SKELETON_EQUAL);
          }
          memo.key[slot] = k;
          memo.value[slot] = j;
        }
        if (repairIds[a] != null || repairIds[b] != null) {
          j = Math.max(j, repaired(column, a, b, t));
        }
        if (j < min) {
          min = j;
          if (min < floor) {
            return min;
          }
        }
      }
      af = at;
      bf = bt;
    }
    return min;
  }

  /**
   * How far token t of two names agrees once extraction damage is repaired: the repair's confidence
   * when one side's repaired reading (or both sides') is the other's token, else 0. A reversed
   * lam-alef (عبدهللا for عبدالله) is then as good as the right spelling; a swap that may undo a
   * real name (صالح / صلاح) counts at the speculative confidence.
   */
  private static double repaired(NameColumn column, int a, int b, int t) {
    NameRows rows = column.rows;
    float[][] repairConfidence = column.repairConfidence;
    int[] ra = column.repairIds[a];
    int[] rb = column.repairIds[b];
    int ta = rows.tokens[rows.tokenStart[a] + t];
    int tb = rows.tokens[rows.tokenStart[b] + t];
    double best = 0;
    if (ra != null && ra[t] >= 0 && (ra[t] == tb || (rb != null && ra[t] == rb[t]))) {
      best = repairConfidence[a][t];
      if (rb != null && ra[t] == rb[t]) {
        best = Math.min(best, repairConfidence[b][t]);
      }
    }
    if (rb != null && rb[t] >= 0 && rb[t] == ta) {
      best = Math.max(best, repairConfidence[b][t]);
    }
    return best;
  }
}
