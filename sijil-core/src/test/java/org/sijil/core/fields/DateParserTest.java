package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {

  final DateParser p = new DateParser(2024);

  @Test
  void iso() {
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("2024-01-05").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("2024/1/5").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("2024-01-05T00:00:00").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("2024-01-05 13:45").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("٢٠٢٤-٠١-٠٥").value());
  }

  @Test
  void dayFirst() {
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("5/1/2024").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("05-01-2024").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("5.1.2024").value());
    assertEquals(LocalDate.of(1990, 12, 31), p.parse("31/12/1990").value());
  }

  @Test
  void twoDigitYearsAreTheLatestNotAfterThePivot() {
    assertEquals(LocalDate.of(2023, 3, 1), p.parse("1/3/23").value());
    assertEquals(LocalDate.of(2024, 3, 1), p.parse("1/3/24").value());
    assertEquals(LocalDate.of(1925, 3, 1), p.parse("1/3/25").value());
    assertEquals(LocalDate.of(2000, 3, 1), p.parse("1/3/00").value());
    assertEquals(1999, new DateParser(2000).expandTwoDigitYear(99));
    assertEquals(2000, new DateParser(2000).expandTwoDigitYear(0));
  }

  @Test
  void monthFirstIsNotSwapped() {
    assertTrue(p.parse("12/31/1990").isInvalid());
    assertTrue(p.parse("12/31/1990").problem().contains("12/31/1990"));
  }

  @Test
  void invalidDates() {
    assertTrue(p.parse("2023-02-30").isInvalid());
    assertTrue(p.parse("yesterday").isInvalid());
    assertTrue(p.parse("2024").isInvalid());
    assertTrue(p.parse("").isBlank());
    assertThrows(IllegalArgumentException.class, () -> new DateParser(1000));
  }

  @Test
  void pivotYearsFrom1900To2200AreAccepted() {
    assertEquals(1900, new DateParser(1900).pivotYear());
    assertEquals(2200, new DateParser(2200).pivotYear());
    assertThrows(IllegalArgumentException.class, () -> new DateParser(1899));
    assertThrows(IllegalArgumentException.class, () -> new DateParser(2201));
  }

  @Test
  void twoDigitYearsOutside0To99AreRefused() {
    assertThrows(IllegalArgumentException.class, () -> p.expandTwoDigitYear(-1));
    assertThrows(IllegalArgumentException.class, () -> p.expandTwoDigitYear(100));
    assertEquals(1999, p.expandTwoDigitYear(99));
    assertEquals(2000, p.expandTwoDigitYear(0));
  }

  @Test
  void theProblemNamesTheTextAndTheDateItWouldBe() {
    String problem = p.parse("30/02/2023").problem();
    assertTrue(problem.contains("'30/02/2023'"), problem);
    assertTrue(problem.contains("year 2023, month 2, day 30"), problem);
  }

  @Test
  void isoTimesWithSecondsAndFractionsAreDropped() {
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("2024-01-05T10:20:30.5").value());
    assertEquals(LocalDate.of(2024, 1, 5), p.parse("5/1/2024 10:20:30").value());
  }

  /**
   * Plain ISO dates are read without cleaning or regular expressions; every text must parse as it
   * does the general way, which a leading space forces (the problem then quotes the space).
   */
  @Test
  void plainIsoDatesParseAsTheGeneralWayParsesThem() {
    String alphabet = "0123456789-/ ";
    java.util.Random random = new java.util.Random(11);
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder t = new StringBuilder(i % 2 == 0 ? "2024" : "");
      for (int k = random.nextInt(9); k >= 0; k--) {
        t.append(alphabet.charAt(random.nextInt(alphabet.length() - (k % 3 == 0 ? 0 : 11))));
      }
      texts.add(t.toString());
    }
    for (int y : new int[] {0, 1999, 2024}) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          texts.add(String.format("%04d-%d-%d", y, m, d));
          texts.add(String.format("%04d/%02d/%02d", y, m, d));
          texts.add(String.format("%04d-%02d/%d", y, m, d));
        }
      }
    }
    for (String t : texts) {
      Parsed<LocalDate> fast = p.parse(t);
      Parsed<LocalDate> general = p.parse(" " + t);
      assertEquals(general.value(), fast.value(), t);
      String problem = general.problem();
      assertEquals(problem == null ? null : problem.replace("' " + t, "'" + t), fast.problem(), t);
    }
  }
}
