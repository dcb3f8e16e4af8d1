package org.sijil.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArabicTokenKeyTest {

  @Test
  void theDefaultsAreTheEnginesKey() {
    for (String t : new String[] {"اللحام", "معاذ", "عبدالله", "حذيفه", "شحده"}) {
      assertEquals(NameKeys.arabicTokenKey(t), NameKeys.arabicTokenKey(t, true, 'd'));
    }
  }

  @Test
  void theArticleCanBeKeptAndThalReadAsZOrT() {
    assertEquals("lhm", NameKeys.arabicTokenKey("اللحام", true, 'd'));
    assertEquals("alhm", NameKeys.arabicTokenKey("اللحام", false, 'd'));
    assertEquals("md", NameKeys.arabicTokenKey("معاذ", true, 'd'));
    assertEquals("mz", NameKeys.arabicTokenKey("معاذ", true, 'z'));
    assertEquals("ht", NameKeys.arabicTokenKey("حذيفه", true, 't').substring(0, 2));
  }

  @Test
  void aReversedLamAlefIsReadAsWritten() {
    assertEquals(
        NameKeys.arabicTokenKey("عبدالله", false, 'd'),
        NameKeys.arabicTokenKey("عبدهللا", false, 'd'));
  }
}
