package org.sijil.core.text;

/**
 * Generic string similarity measures on already-normalized text. Pure functions; the hot paths
 * allocate only small working arrays.
 */
public final class StringSimilarity {

  private StringSimilarity() {}

  /** Jaro-Winkler similarity in [0,1] with the usual prefix scale 0.1 and prefix up to 4. */
  public static double jaroWinkler(CharSequence a, CharSequence b) {
    double jaro = jaro(a, b);
    int prefix = 0;
    int max = Math.min(4, Math.min(a.length(), b.length()));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  /**
   * Jaro-Winkler of two ranges of char arrays, {@code a[aFrom, aFrom+aLen)} and {@code b[bFrom,
   * bFrom+bLen)}: the same measure as {@link #jaroWinkler(CharSequence, CharSequence)}, for hot
   * paths that keep many short strings packed in one array. Allocation-free for ranges up to 64
   * chars.
   */
  public static double jaroWinkler(char[] a, int aFrom, int aLen, char[] b, int bFrom, int bLen) {
    if (aLen > 64 || bLen > 64) {
      return jaroWinkler(
          java.nio.CharBuffer.wrap(a, aFrom, aLen), java.nio.CharBuffer.wrap(b, bFrom, bLen));
    }
    if (aLen == 0 && bLen == 0) {
      return 1.0;
    }
    if (aLen == 0 || bLen == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(aLen, bLen) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < aLen; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(bLen - 1, i + window);
      char c = a[aFrom + i];
      for (int j = lo; j <= hi; j++) {
        if ((matchedB & (1L << j)) == 0 && b[bFrom + j] == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    long restB = matchedB;
    for (int i = 0; i < aLen; i++) {
      if ((matchedA & (1L << i)) != 0) {
        int j = Long.numberOfTrailingZeros(restB);
        restB &= restB - 1;
        if (a[aFrom + i] != b[bFrom + j]) {
          transpositions++;
        }
      }
    }
    double m = matches;
    double jaro = (m / aLen + m / bLen + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    int max = Math.min(4, Math.min(aLen, bLen));
    while (prefix < max && a[aFrom + prefix] == b[bFrom + prefix]) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }

  /** Jaro similarity in [0,1]; two empty strings are identical (1.0). */
  public static double jaro(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 && lb == 0) {
      return 1.0;
    }
    if (la == 0 || lb == 0) {
      return 0.0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    // Bit sets in longs keep the common short-name case allocation-free.
    if (la <= 64 && lb <= 64) {
      long matchedA = 0;
      long matchedB = 0;
      int matches = 0;
      for (int i = 0; i < la; i++) {
        int lo = Math.max(0, i - window);
        int hi = Math.min(lb - 1, i + window);
        char c = a.charAt(i);
        for (int j = lo; j <= hi; j++) {
          if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
            matchedA |= 1L << i;
            matchedB |= 1L << j;
            matches++;
            break;
          }
        }
      }
      if (matches == 0) {
        return 0.0;
      }
      int transpositions = 0;
      int j = 0;
      for (int i = 0; i < la; i++) {
        if ((matchedA & (1L << i)) != 0) {
          while ((matchedB & (1L << j)) == 0) {
            j++;
          }
          if (a.charAt(i) != b.charAt(j)) {
            transpositions++;
          }
          j++;
        }
      }
      double m = matches;
      return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    }
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int lo = Math.max(0, i - window);
      int hi = Math.min(lb - 1, i + window);
      for (int j = lo; j <= hi; j++) {
        if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }

  /**
   * Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count as one
   * edit, no substring is edited twice).
   */
  public static int damerauLevenshtein(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0) {
      return lb;
    }
    if (lb == 0) {
      return la;
    }
    int[] prevPrev = new int[lb + 1];
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prevPrev[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = prevPrev;
      prevPrev = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb];
  }

  /** Damerau-Levenshtein distance scaled to a similarity in [0,1] by the longer length. */
  public static double damerauLevenshteinSimilarity(CharSequence a, CharSequence b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 1.0 : 1.0 - (double) damerauLevenshtein(a, b) / max;
  }
}
