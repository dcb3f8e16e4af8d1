package org.sijil.core.text;

/**
 * Text from data made safe to print on a terminal: control characters (C0 including tab and line
 * breaks, DEL, and C1) are shown as visible escapes ({@code \e}, {@code \a}, {@code \t}, {@code
 * \n}, {@code \r}, else a backslash, {@code x} and two hex digits, or for C1 a backslash, {@code u}
 * and four), so an ESC or BEL byte in a list cannot move the cursor, recolour, retitle or ring the
 * terminal, and one value stays on one line. Every other character, Arabic and direction marks
 * included, is kept.
 */
public final class TerminalText {

  private TerminalText() {}

  /** {@code s} with its control characters escaped; null stays null. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isControl(c)) {
        sb.append(c);
        continue;
      }
      switch (c) {
        case 0x1B -> sb.append("\\e");
        case 0x07 -> sb.append("\\a");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default ->
            sb.append(
                c < 0x80 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
      }
    }
    return sb.toString();
  }

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
