package org.sijil.core.linkage;

/**
 * The window-scan Jaro-Winkler that {@link Similarity} used before its bit-parallel rewrite, kept
 * verbatim (only the scratch arrays are now allocated per call) as the oracle the fast version must
 * agree with.
 */
final class SimilarityReference {

  private SimilarityReference() {}

  static double jaroWinkler(char[] a, char[] b) {
    return jaroWinkler(a, 0, a.length, b, 0, b.length);
  }

  /** Jaro-Winkler of a[aFrom, aTo) and b[bFrom, bTo). */
  static double jaroWinkler(char[] a, int aFrom, int aTo, char[] b, int bFrom, int bTo) {
    double j = jaro(a, aFrom, aTo, b, bFrom, bTo);
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
  static double tokens(char[] a, byte[] ae, char[] b, byte[] be) {
    double whole = jaroWinkler(a, 0, a.length, b, 0, b.length);
    if (ae.length != be.length || ae.length < 2) {
      return whole;
    }
    double sum = 0;
    int af = 0;
    int bf = 0;
    for (int t = 0; t < ae.length; t++) {
      int at = ae[t] & 0xff;
      int bt = be[t] & 0xff;
      sum += jaroWinkler(a, af, at, b, bf, bt) * ((at - af) + (bt - bf));
      af = at;
      bf = bt;
    }
    return Math.max(whole, sum / (a.length + b.length));
  }

  static double jaro(char[] a, char[] b) {
    return jaro(a, 0, a.length, b, 0, b.length);
  }

  static double jaro(char[] a0, int aFrom, int aTo, char[] b0, int bFrom, int bTo) {
    int la = aTo - aFrom;
    int lb = bTo - bFrom;
    if (la == 0 && lb == 0) {
      return 1.0;
    }
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
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
