package org.sijil.core.fields;

/** Digit and whitespace clean-up shared by the field parsers. */
public final class Digits {

  private Digits() {}

  /**
   * Replaces Arabic-Indic (U+0660..0669) and Eastern Arabic-Indic (U+06F0..06F9) digits by ASCII
   * digits, the Arabic comma and decimal/thousands separators by their ASCII forms; returns the
   * same instance when nothing changes.
   */
  public static String toAscii(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    int n = s.length();
    while (i < n && !isMapped(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        sb.append((char) ('0' + (c - '\u0660')));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        sb.append((char) ('0' + (c - '\u06F0')));
      } else if (c == '\u066B') {
        sb.append('.');
      } else if (c == '\u066C' || c == '\u060C') {
        sb.append(',');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Whether {@link #toAscii} replaces {@code c}. The scan for a first such character must know the
   * Arabic comma too: it sits below the digits (U+060C), and a check for "U+0660 or above" left it
   * in any text without an Arabic digit after it.
   */
  private static boolean isMapped(char c) {
    return c >= '\u060C'
        && (c == '\u060C'
            || (c >= '\u0660' && c <= '\u0669')
            || c == '\u066B'
            || c == '\u066C'
            || (c >= '\u06F0' && c <= '\u06F9'));
  }

  /** Trims, maps digits to ASCII and collapses runs of whitespace (including NBSP) to one space. */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    String t = toAscii(s).replace('\u00A0', ' ').strip();
    if (t.indexOf("  ") < 0 && t.indexOf('\t') < 0) {
      return t;
    }
    return t.replaceAll("\\s+", " ");
  }
}
