package org.sijil.app.incidents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;

/**
 * Text prepared for a PDF page, which draws glyphs left to right exactly as given: Arabic letters
 * are first shaped into their joined forms (ICU4J {@link ArabicShaping}, Unicode presentation
 * forms, lam-alef ligatures), the paragraph is wrapped into lines in logical order, and each line
 * is then put into visual order (ICU4J {@link Bidi}, with mirrored brackets). A paragraph whose
 * first strong letter is Arabic runs right to left and is aligned right.
 *
 * <p>Rules: tabs and other control characters become spaces; a character the font has no glyph for
 * becomes {@code ?} (so nothing is dropped silently and the page still renders); lines break at
 * spaces, and a word wider than a line is broken between characters (hashes, receipts).
 */
final class PdfText {

  /** One line ready to draw: its glyphs in visual order and whether it is aligned right. */
  record Line(String visual, boolean rightToLeft) {}

  private static final ArabicShaping SHAPER =
      new ArabicShaping(
          ArabicShaping.LETTERS_SHAPE
              | ArabicShaping.TEXT_DIRECTION_LOGICAL
              | ArabicShaping.LENGTH_GROW_SHRINK);

  private PdfText() {}

  /**
   * The lines of one paragraph (no line breaks inside) at most {@code width} wide, where {@code
   * measure} gives a string's width and {@code hasGlyph} tells which code points the font draws.
   */
  static List<Line> lines(
      String paragraph, double width, ToDoubleFunction<String> measure, IntPredicate hasGlyph) {
    String shaped = replaceMissing(shape(clean(paragraph)), hasGlyph);
    boolean rtl = isRightToLeft(shaped);
    List<Line> out = new ArrayList<>();
    for (String logical : wrap(shaped, width, measure)) {
      out.add(new Line(visual(logical, rtl), rtl));
    }
    return out;
  }

  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString();
  }

  static String shape(String s) {
    try {
      return SHAPER.shape(s);
    } catch (ArabicShapingException e) {
      return s; // only for malformed input; the letters are then drawn unjoined, not lost
    }
  }

  private static String replaceMissing(String s, IntPredicate hasGlyph) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(c == ' ' || hasGlyph.test(c) ? c : '?'));
    return b.toString();
  }

  /** The paragraph direction: that of its first strong character, left to right if none. */
  static boolean isRightToLeft(String s) {
    Bidi b = new Bidi(s, Bidi.LEVEL_DEFAULT_LTR);
    return (b.getParaLevel() & 1) == 1;
  }

  static String visual(String logical, boolean rtl) {
    Bidi b = new Bidi(logical, rtl ? Bidi.RTL : Bidi.LTR);
    return b.writeReordered(Bidi.DO_MIRRORING);
  }

  /** Greedy wrapping at spaces; over-long words are broken between characters. */
  static List<String> wrap(String s, double width, ToDoubleFunction<String> measure) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (measure.applyAsDouble(candidate) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      for (String piece : breakWord(word, width, measure)) {
        if (line.length() > 0) {
          lines.add(line.toString());
        }
        line.setLength(0);
        line.append(piece);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static List<String> breakWord(String word, double width, ToDoubleFunction<String> m) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < word.length()) {
      int next = word.offsetByCodePoints(i, 1);
      if (i > start && m.applyAsDouble(word.substring(start, next)) > width) {
        pieces.add(word.substring(start, i));
        start = i;
      }
      i = next;
    }
    pieces.add(word.substring(start));
    return pieces;
  }
}
