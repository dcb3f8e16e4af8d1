package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The digit and space rules of {@link Digits}, one test per rule. */
class DigitsTest {

  @Test
  void arabicIndicDigitsBecomeAsciiDigits() {
    assertEquals("0123456789", Digits.toAscii("٠١٢٣٤٥٦٧٨٩"));
    assertEquals("0", Digits.toAscii("٠"), "the first digit of the block");
    assertEquals("age 43", Digits.toAscii("age ٤٣"), "the ASCII prefix is kept");
  }

  @Test
  void easternArabicIndicDigitsBecomeAsciiDigits() {
    assertEquals("0123456789", Digits.toAscii("۰۱۲۳۴۵۶۷۸۹"));
  }

  @Test
  void arabicSeparatorsBecomeTheirAsciiForms() {
    assertEquals("3.5", Digits.toAscii("٣٫٥"), "Arabic decimal separator");
    assertEquals("1,000", Digits.toAscii("١٬٠٠٠"), "Arabic thousands separator");
    assertEquals("a, b", Digits.toAscii("a، b"), "Arabic comma without a digit after it");
    assertEquals("1, 2", Digits.toAscii("١، ٢"));
  }

  @Test
  void lettersBesideTheDigitBlocksAreKept() {
    String neighbours = "\u066A\u06EF\u06FA شهر";
    assertEquals(neighbours, Digits.toAscii(neighbours));
  }

  @Test
  void textWithNothingToMapIsReturnedAsItIs() {
    String ascii = "12 years";
    assertSame(ascii, Digits.toAscii(ascii));
    String letters = "سنة وشهر";
    assertSame(letters, Digits.toAscii(letters));
    assertNull(Digits.toAscii(null));
  }

  @Test
  void cleanTrimsAndCollapsesSpacesTabsAndNoBreakSpaces() {
    assertEquals("", Digits.clean(null));
    assertEquals("7 months", Digits.clean("  ٧ months \t"));
    assertEquals("7 months", Digits.clean("7\u00A0\u00A0months"));
    assertEquals("7 months", Digits.clean("7\tmonths"));
    assertEquals("7 months", Digits.clean("7    months"));
  }
}
