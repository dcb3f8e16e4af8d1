package org.sijil.core.linkage;

/** Jaro-Winkler on char arrays with caller-owned scratch space: no allocation per pair. */
final class Similarity {

  private Similarity() {}

  static double jaroWinkler(char[] a, char[] b, Scratch s) {
    double j = jaro(a, b, s);
    if (j <= 0.7) {
      return j;
    }
    int prefix = 0;
    int max = Math.min(4, Math.min(a.length, b.length));
    while (prefix < max && a[prefix] == b[prefix]) {
      prefix++;
    }
    return j + prefix * 0.1 * (1 - j);
  }

  static double jaro(char[] a, char[] b, Scratch s) {
    int la = a.length;
    int lb = b.length;
    if (la == 0 && lb == 0) {
      return 1.0;
    }
    if (la == 0 || lb == 0) {
      return 0.0;
    }
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
      char c = a[i];
      for (int k = from; k < to; k++) {
        if (!mb[k] && b[k] == c) {
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
        if (a[i] != b[k]) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }
}
