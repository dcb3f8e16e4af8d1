package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The markers of an unknown value, and the plain numbers that never are one. */
class UnknownValueTest {

  @Test
  void markersAndBlanksAreUnknown() {
    for (String s : new String[] {null, "", "  ", "-1", " -1 ", "غير معروف", " غير  معلومة "}) {
      assertTrue(UnknownValue.isUnknown(s), "[" + s + "]");
    }
    assertTrue(UnknownValue.isUnknown("-\u0661"), "Arabic-Indic one after the minus");
  }

  @Test
  void numbersAndOtherWordsAreValues() {
    for (String s : new String[] {"0", "1", "20", "007", "١٢", " 20 ", "unknown", "?", "-2"}) {
      assertFalse(UnknownValue.isUnknown(s), "[" + s + "]");
    }
  }
}
