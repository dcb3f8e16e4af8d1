package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;

class AgeParserTest {

  static Age age(String s) {
    Parsed<Age> p = AgeParser.parse(s);
    assertTrue(!p.isInvalid() && !p.isBlank(), s + " -> " + p);
    return p.value();
  }

  static void invalid(String s) {
    Parsed<Age> p = AgeParser.parse(s);
    assertTrue(p.isInvalid(), s + " -> " + p);
    assertTrue(p.problem().contains(s), p.problem());
  }

  @Test
  void wholeYears() {
    assertEquals(Age.ofYears(43), age("43"));
    assertEquals(Age.ofYears(43), age(" 43 "));
    assertEquals(Age.ofYears(43), age("43.0"));
    assertEquals(Age.ofYears(0), age("0"));
    assertEquals(Age.ofYears(130), age("130"));
  }

  @Test
  void arabicIndicDigits() {
    assertEquals(Age.ofYears(43), age("٤٣"));
    assertEquals(Age.ofYears(7), age("۷"));
    assertEquals(new Age(0, 7, 0), age("٧ أشهر"));
  }

  @Test
  void unitsInEnglish() {
    assertEquals(new Age(0, 7, 0), age("7 months"));
    assertEquals(new Age(0, 1, 0), age("1 month"));
    assertEquals(new Age(0, 0, 3), age("3 days"));
    assertEquals(new Age(0, 0, 14), age("2 weeks"));
    assertEquals(new Age(1, 2, 0), age("1 year 2 months"));
    assertEquals(new Age(1, 2, 0), age("1 year, 2 months"));
    assertEquals(new Age(1, 2, 0), age("1 Year and 2 Months"));
    assertEquals(new Age(0, 7, 0), age("7months"));
    assertEquals(new Age(2, 0, 0), age("2y"));
  }

  @Test
  void lessThanADay() {
    assertEquals(new Age(0, 0, 0), age("Less than a day"));
    assertEquals(new Age(0, 0, 0), age("less than 1 day"));
    assertEquals(new Age(0, 0, 0), age("أقل من يوم"));
  }

  @Test
  void unitsInArabic() {
    assertEquals(new Age(0, 1, 0), age("شهر"));
    assertEquals(new Age(0, 2, 0), age("شهرين"));
    assertEquals(new Age(0, 0, 3), age("3 أيام"));
    assertEquals(new Age(2, 0, 0), age("سنتين"));
    assertEquals(new Age(1, 3, 0), age("سنة و3 أشهر"));
    assertEquals(new Age(1, 1, 0), age("سنة وشهر"));
  }

  @Test
  void blankIsBlank() {
    assertTrue(AgeParser.parse("").isBlank());
    assertTrue(AgeParser.parse("  ").isBlank());
    assertTrue(AgeParser.parse(null).isBlank());
  }

  @Test
  void notGuessed() {
    invalid("0.5");
    invalid("20-25");
    invalid("unknown");
    invalid("131");
    invalid("99999");
    invalid("months");
    invalid("3 2 days");
    invalid("2 شهرين");
  }
}
