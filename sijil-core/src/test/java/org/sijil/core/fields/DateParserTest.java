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
}
