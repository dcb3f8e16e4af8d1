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

  @Test
  void fourDigitsAreReadAndFiveAreNot() {
    assertEquals(new Age(0, 0, 1234), age("1234 days"));
    invalid("12345 days");
    Parsed<Age> years = AgeParser.parse("9999");
    assertTrue(years.problem().contains("above 130 years"), years.problem());
  }

  @Test
  void theOldestAgeIs130YearsWithOrWithoutUnits() {
    assertEquals(Age.ofYears(130), age("130.0"));
    assertEquals(Age.ofYears(130), age("130 years"));
    assertTrue(AgeParser.parse("131.0").problem().contains("above 130"));
    assertTrue(AgeParser.parse("130 years 1 month").problem().contains("above 130"));
  }

  @Test
  void everyDigitIsADigit() {
    assertEquals(Age.ofYears(19), age("19"));
    assertEquals(Age.ofYears(90), age("90"));
    assertEquals(new Age(0, 9, 0), age("9 months"));
  }

  @Test
  void aNumberBeforeAnArabicSingularCountsThatMany() {
    // From eleven on, Arabic counts with the singular: "11 شهر" is eleven months.
    assertEquals(new Age(0, 11, 0), age("11 شهر"));
    assertEquals(new Age(12, 0, 0), age("12 سنة"));
  }

  @Test
  void weeksAreSevenDaysAndAddToDays() {
    assertEquals(new Age(0, 0, 7), age("1 week"));
    assertEquals(new Age(0, 0, 23), age("3 weeks 2 days"));
    assertEquals(new Age(0, 0, 14), age("أسبوعين"));
  }

  @Test
  void arabicSingularsMeanOneAndDualsTwo() {
    assertEquals(new Age(0, 0, 1), age("يوم"));
    assertEquals(new Age(0, 0, 2), age("يومين"));
    assertEquals(new Age(0, 0, 7), age("أسبوع"));
    assertEquals(new Age(1, 0, 0), age("عام"));
    assertEquals(new Age(2, 1, 0), age("شهر وسنتين"));
    invalid("أيام");
  }

  @Test
  void aNumberWithoutItsUnitOrAUnitlessJoinerIsNotUnderstood() {
    invalid("3 years 2");
    invalid("and");
    invalid("1 year 2 months 3");
  }
}
