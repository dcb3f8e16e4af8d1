package org.sijil.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormulaCellsTest {

  @Test
  void theAttacksAreNeutralised() {
    for (String attack :
        List.of(
            "=1+2",
            "@SUM(1+1)",
            "=IMPORTXML(\"http://x.example/\",\"//a\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "\t=1+2",
            "\r=1+2",
            "=HYPERLINK(\"http://x.example\")",
            "-",
            "+")) {
      assertTrue(FormulaCells.isFormulaLike(attack), attack);
      assertEquals("'" + attack, FormulaCells.neutralise(attack));
    }
  }

  @Test
  void numbersTextAndDatesStayReadable() {
    for (String fine :
        List.of(
            "-1",
            "+3",
            "-2.5",
            "12",
            "محمد أحمد",
            "عبد الله",
            "2024-01-05",
            "",
            "O'Brien",
            "'quoted")) {
      assertFalse(FormulaCells.isFormulaLike(fine), fine);
      assertEquals(fine, FormulaCells.neutralise(fine));
    }
    assertNull(FormulaCells.neutralise(null));
    assertEquals(-1, FormulaCells.neutraliseValue(-1));
  }

  @Test
  void restoreUndoesNeutraliseForEveryValue() {
    for (String s :
        List.of(
            "=1+2", "'=1+2", "''=1+2", "'hello", "'", "''", "-1", "'-1", "@", "'@x", "محمد", "=")) {
      assertEquals(s, FormulaCells.restore(FormulaCells.neutralise(s)), s);
    }
    assertEquals("'=x", FormulaCells.neutralise("'=x").substring(1));
  }

  @Test
  void terminalTextShowsControlsVisibly() {
    assertEquals(
        "a\\e[31mred\\a\\x00\\x7F\\u0085 محمد",
        TerminalText.escape("a\u001b[31mred\u0007\u0000\u007f\u0085 محمد"));
    assertEquals("line\\nbreak\\ttab", TerminalText.escape("line\nbreak\ttab"));
    assertEquals("plain", TerminalText.escape("plain"));
  }
}
