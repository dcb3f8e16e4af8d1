package org.sijil.core.linkage;

import java.util.Objects;

/**
 * Jaro-Winkler on char arrays with caller-owned scratch space: no allocation per pair. Ranges of at
 * most 64 chars (nearly every name) are compared bit-parallel: one bit per position of b, so a
 * char's window scan becomes a few mask operations; longer ranges use the window scan.
 */
final class Similarity {

  /** The longest range one 64-bit mask covers. */
  private static final int MAX_BITS = 64;

  private Similarity() {}

  static double jaroWinkler(char[] a, char[] b, Scratch s) {
    return jaroWinkler(a, 0, a.length, b, 0, b.length, s);
  }

  /** Jaro-Winkler of a[aFrom, aTo) and b[bFrom, bTo). */
  static double jaroWinkler(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, Scratch s) {
    return winkler(jaro(a, aFrom, aTo, b, bFrom, bTo, s), a, aFrom, aTo, b, bFrom, bTo);
  }

  /** Boosts a Jaro above 0.7 by the common prefix (up to 4 chars, 0.1 each). */
  private static double winkler(
      double j, char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
    if (j <= 0.7) {
      return j;
    }
    int prefix = 0;
    int max = Math.min(4, Math.min(aTo - aFrom, bTo - bFrom));
    while (prefix < max && a[aFrom + prefix] == b[bFrom + prefix]) {
      prefix++;
    }
    return j + prefix * 0.1 * (1 - j);
  }

  /**
   * Names compared token by token when both have the same number of tokens (a dropped or inserted
   * letter early in a name then costs only its own token), each token weighted by its length; the
   * better of that and Jaro-Winkler on the whole name.
   *
   * @param ae end offset of each token of a in a (ascending; last = a.length)
   */
  static double tokens(char[] a, byte[] ae, char[] b, byte[] be, Scratch s) {
    return tokens(a, 0, a.length, ae, 0, ae.length, b, 0, b.length, be, 0, be.length, s);
  }

  /**
   * {@link #tokens} of the name a[aFrom, aTo), whose token ends (relative to aFrom) are ae[aeFrom,
   * aeTo), and the name b[bFrom, bTo), token ends be[beFrom, beTo): names stored run together in
   * one array per column.
   */
  static double tokens(
      char[] a,
      int aFrom,
      int aTo,
      byte[] ae,
      int aeFrom,
      int aeTo,
      char[] b,
      int bFrom,
      int bTo,
      byte[] be,
      int beFrom,
      int beTo,
      Scratch s) {
    int la = aTo - aFrom;
    int lb = bTo - bFrom;
    if (la > MAX_BITS || lb > MAX_BITS) {
      return tokensOfRanges(a, aFrom, aTo, ae, aeFrom, aeTo, b, bFrom, bTo, be, beFrom, beTo, s);
    }
    // Where each char of a occurs in the whole of b, looked up once: a token's positions are the
    // same bits shifted down by the token's start, so the per-token comparisons need no lookups.
    long[] pos = positions(a, aFrom, aTo, b, bFrom, bTo, s);
    double whole =
        winkler(jaroBits(a, aFrom, aTo, b, bFrom, bTo, pos, 0, 0), a, aFrom, aTo, b, bFrom, bTo);
    int n = aeTo - aeFrom;
    if (n != beTo - beFrom || n < 2) {
      return whole;
    }
    double sum = 0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < n; t++) {
      int at = ae[aeFrom + t] & 0xff;
      int bt = be[beFrom + t] & 0xff;
      // Candidate pairs share many tokens; equal ranges score exactly 1 (Jaro 3/3, no boost to
      // add).
      double jw =
          java.util.Arrays.equals(a, aFrom + af, aFrom + at, b, bFrom + bf, bFrom + bt)
              ? 1.0
              : winkler(
                  jaroBits(a, aFrom + af, aFrom + at, b, bFrom + bf, bFrom + bt, pos, af, bf),
                  a,
                  aFrom + af,
                  aFrom + at,
                  b,
                  bFrom + bf,
                  bFrom + bt);
      sum += jw * ((at - af) + (bt - bf));
      af = at;
      bf = bt;
    }
    return Math.max(whole, sum / (la + lb));
  }

  /** {@link #tokens} range by range, for names too long for the shared position masks. */
  private static double tokensOfRanges(
      char[] a,
      int aFrom,
      int aTo,
      byte[] ae,
      int aeFrom,
      int aeTo,
      char[] b,
      int bFrom,
      int bTo,
      byte[] be,
      int beFrom,
      int beTo,
      Scratch s) {
    double whole = jaroWinkler(a, aFrom, aTo, b, bFrom, bTo, s);
    int n = aeTo - aeFrom;
    if (n != beTo - beFrom || n < 2) {
      return whole;
    }
    double sum = 0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < n; t++) {
      int at = ae[aeFrom + t] & 0xff;
      int bt = be[beFrom + t] & 0xff;
      sum +=
          jaroWinkler(a, aFrom + af, aFrom + at, b, bFrom + bf, bFrom + bt, s)
              * ((at - af) + (bt - bf));
      af = at;
      bf = bt;
    }
    return Math.max(whole, sum / ((aTo - aFrom) + (bTo - bFrom)));
  }

  static double jaro(char[] a, char[] b, Scratch s) {
    return jaro(a, 0, a.length, b, 0, b.length, s);
  }

  static double jaro(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, Scratch s) {
    int la = aTo - aFrom;
    int lb = bTo - bFrom;
    if (la == 0 && lb == 0) {
      return 1.0;
    }
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    if (la <= MAX_BITS && lb <= MAX_BITS) {
      long[] pos = positions(a, aFrom, aTo, b, bFrom, bTo, s);
      return jaroBits(a, aFrom, aTo, b, bFrom, bTo, pos, 0, 0);
    }
    return jaroScan(a, aFrom, aTo, b, bFrom, bTo, s);
  }

  /**
   * For each char of a[aFrom, aTo), the bitmask of the positions of b[bFrom, bTo) holding the same
   * char (bit k = b[bFrom + k]), in {@code s.positions} from index 0; both ranges at most 64 chars.
   */
  private static long[] positions(
      char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo, Scratch s) {
    // Checked up front: an out-of-range read while the table is half built would leave it dirty.
    Objects.checkFromToIndex(aFrom, aTo, a.length);
    Objects.checkFromToIndex(bFrom, bTo, b.length);
    long[] peq = s.peq;
    char[] owner = s.peqChar;
    int[] used = s.peqUsed;
    long[] pos = s.positions;
    int slots = Scratch.SLOTS - 1;
    int filled = 0;
    for (int k = 0; k < bTo - bFrom; k++) {
      char c = b[bFrom + k];
      int slot = c & slots;
      while (peq[slot] != 0 && owner[slot] != c) {
        slot = (slot + 1) & slots;
      }
      if (peq[slot] == 0) {
        owner[slot] = c;
        used[filled++] = slot;
      }
      peq[slot] |= 1L << k;
    }
    for (int i = 0; i < aTo - aFrom; i++) {
      char c = a[aFrom + i];
      int slot = c & slots;
      long found;
      while ((found = peq[slot]) != 0 && owner[slot] != c) {
        slot = (slot + 1) & slots;
      }
      pos[i] = found;
    }
    for (int u = 0; u < filled; u++) {
      peq[used[u]] = 0;
    }
    return pos;
  }

  /**
   * Jaro of a[aFrom, aTo) and b[bFrom, bTo) from {@link #positions}: the positions of a[aFrom + i]
   * are {@code pos[posFrom + i]}, in which b[bFrom + k] is bit {@code shift + k}.
   *
   * <p>Same greedy matching as {@link #jaroScan}: each char of a, in order, takes the lowest
   * unmatched equal char of b inside its window, i.e. the lowest set bit of {@code positions &
   * ~matchedB & window}.
   */
  private static double jaroBits(
      char[] a,
      int aFrom,
      int aTo,
      char[] b,
      int bFrom,
      int bTo,
      long[] pos,
      int posFrom,
      int shift) {
    int la = aTo - aFrom;
    int lb = bTo - bFrom;
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    for (int i = 0; i < la; i++) {
      int hi = Math.min(lb, i + window + 1); // window and range end in one mask
      int lo = i - window;
      long inWindow = (hi == 64 ? -1L : (1L << hi) - 1) & (lo <= 0 ? -1L : -1L << lo);
      long free = (pos[posFrom + i] >>> shift) & ~matchedB & inWindow;
      if (free != 0) {
        matchedB |= free & -free;
        matchedA |= 1L << i;
      }
    }
    if (matchedA == 0) {
      return 0.0;
    }
    int matches = Long.bitCount(matchedA);
    // Matched chars of a and of b paired in order; each unequal pair is half a transposition.
    int transpositions = 0;
    while (matchedA != 0) {
      if (a[aFrom + Long.numberOfTrailingZeros(matchedA)]
          != b[bFrom + Long.numberOfTrailingZeros(matchedB)]) {
        transpositions++;
      }
      matchedA &= matchedA - 1;
      matchedB &= matchedB - 1;
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }

  /** Jaro by scanning each char's window of b: for ranges too long for one 64-bit mask. */
  private static double jaroScan(
      char[] a0, int aFrom, int aTo, char[] b0, int bFrom, int bTo, Scratch s) {
    int la = aTo - aFrom;
    int lb = bTo - bFrom;
    s.ensure(la, lb);
    boolean[] ma = s.matchedA;
    boolean[] mb = s.matchedB;
    java.util.Arrays.fill(ma, 0, la, false);
    java.util.Arrays.fill(mb, 0, lb, false);
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb, i + window + 1);
      char c = a0[aFrom + i];
      for (int k = from; k < to; k++) {
        if (!mb[k] && b0[bFrom + k] == c) {
          ma[i] = true;
          mb[k] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a0[aFrom + i] != b0[bFrom + k]) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }
}
