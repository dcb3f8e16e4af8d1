package org.sijil.core.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sijil.core.linkage.spec.LevelSpec.TestKind;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;

/**
 * The date, age and text columns the comparisons read: each test kind on a pair that meets it and
 * on the nearest pair that does not, with the expected values worked out by hand.
 */
class ColumnsTest {

  private static DateColumn dates(String... isoDates) {
    return new DateColumn(
        "dob",
        Arrays.stream(isoDates)
            .map(d -> d == null ? null : LocalDate.parse(d))
            .toArray(LocalDate[]::new));
  }

  @Test
  void swappedDayAndMonthInTheSameYearIsATransposition() {
    DateColumn c = dates("2020-03-04", "2020-04-03", "2021-04-03", "2020-03-03", "2020-03-03");
    assertTrue(c.special(TestKind.TRANSPOSED_DAY_MONTH, 0, 1));
    assertFalse(c.special(TestKind.TRANSPOSED_DAY_MONTH, 0, 2), "another year");
    assertFalse(
        c.special(TestKind.TRANSPOSED_DAY_MONTH, 3, 4), "a day equal to its month swaps to itself");
    assertFalse(c.special(TestKind.TRANSPOSED_DAY_MONTH, 0, 3));
  }

  @Test
  void theSameDayAndMonthOneYearApartIsAYearOffByOne() {
    DateColumn c = dates("2020-03-04", "2021-03-04", "2019-03-04", "2022-03-04", "2021-03-05");
    assertTrue(c.special(TestKind.YEAR_OFF_BY_ONE, 0, 1));
    assertTrue(c.special(TestKind.YEAR_OFF_BY_ONE, 0, 2));
    assertFalse(c.special(TestKind.YEAR_OFF_BY_ONE, 0, 3), "two years");
    assertFalse(c.special(TestKind.YEAR_OFF_BY_ONE, 0, 4), "another day");
    assertFalse(c.special(TestKind.YEAR_OFF_BY_ONE, 0, 0), "the same date");
  }

  @Test
  void januaryFirstOnOneSideOnlyOfTheSameYearIsADefaultedDate() {
    DateColumn c =
        dates("2020-01-01", "2020-06-15", "2020-01-01", "2021-06-15", "2020-01-15", "2020-02-01");
    assertTrue(c.special(TestKind.JANUARY_FIRST, 0, 1));
    assertTrue(c.special(TestKind.JANUARY_FIRST, 1, 0));
    assertFalse(c.special(TestKind.JANUARY_FIRST, 0, 2), "both 1 January");
    assertFalse(c.special(TestKind.JANUARY_FIRST, 0, 3), "another year");
    assertFalse(c.special(TestKind.JANUARY_FIRST, 4, 5), "15 January and 1 February are not");
    assertThrows(IllegalArgumentException.class, () -> c.special(TestKind.EXACT, 0, 1));
  }

  @Test
  void datesCompareAsDaysAndBlockOnTheDayOrTheYear() {
    DateColumn c = dates("2020-03-04", "2020-03-14", null, "2020-03-04");
    assertEquals(10.0, c.difference(0, 1));
    assertEquals(10.0, c.difference(1, 0));
    assertTrue(c.exact(0, 3));
    assertFalse(c.exact(0, 1));
    assertTrue(c.isNull(2));
    assertFalse(c.isNull(0));
    assertEquals(LocalDate.of(2020, 3, 4).toEpochDay(), c.key(null, 0));
    assertEquals(2020, c.key("year", 1));
    assertEquals(FeatureColumn.MISSING, c.key(null, 2));
    assertEquals(FeatureColumn.MISSING, c.key("year", 2));
    assertThrows(IllegalArgumentException.class, () -> c.key("month", 0));
    assertEquals(Set.of("year"), c.parts());
    assertEquals("2020-03-14", c.display(1));
    assertNull(c.display(2));
    assertFalse(c.supports(TestKind.SIMILARITY));
    assertTrue(c.supports(TestKind.JANUARY_FIRST));
  }

  private static CasualtyRecord rec(Age age, String dob, String dod) {
    return new CasualtyRecord(
        1,
        "1",
        null,
        null,
        age,
        dob == null ? null : LocalDate.parse(dob),
        null,
        null,
        dod == null ? null : LocalDate.parse(dod),
        null,
        null);
  }

  @Test
  void anAgeIsTakenAsWrittenElseFromTheDatesElseAbsent() {
    AgeColumn c =
        new AgeColumn(
            "age",
            List.of(
                rec(new Age(10, 6, 0), null, null),
                // 3653 days from 2000-01-01 to 2010-01-01: 10.0014 years.
                rec(null, "2000-01-01", "2010-01-01"),
                rec(null, "2010-01-02", "2010-01-01"),
                rec(null, "2000-01-01", null),
                rec(Age.ofYears(11), "2000-01-01", "2010-01-01")));
    assertEquals(0.0, c.difference(1, 1));
    assertEquals(10.5 - 3653 / 365.25, c.difference(0, 1), 1e-12);
    assertEquals("10 years 6 months", c.display(0));
    assertEquals("10.0 (from dates)", c.display(1));
    assertTrue(c.isNull(2), "death before birth gives no age");
    assertTrue(c.isNull(3), "no death date");
    assertEquals(1.0, c.difference(1, 4), 0.01, "a written age wins over the dates");
    assertEquals(10, c.key(null, 0));
    assertEquals(10, c.key(null, 1));
    assertEquals(FeatureColumn.MISSING, c.key(null, 2));
    assertThrows(IllegalArgumentException.class, () -> c.key("year", 0));
    assertEquals(Set.of(), c.parts());
  }

  @Test
  void agesAreExactInWholeYears() {
    AgeColumn c =
        new AgeColumn(
            "age",
            List.of(
                rec(new Age(10, 11, 0), null, null),
                rec(new Age(10, 1, 0), null, null),
                rec(Age.ofYears(11), null, null)));
    assertTrue(c.exact(0, 1));
    assertFalse(c.exact(0, 2));
    assertTrue(c.supports(TestKind.WITHIN));
    assertFalse(c.supports(TestKind.SIMILARITY));
    assertFalse(c.supports(TestKind.JANUARY_FIRST));
  }

  @Test
  void textIsFoldedAndCountedAndCategoriesHaveNoSimilarity() {
    TextColumn c =
        new TextColumn(
            "place", new String[] {"Gaza City", " gaza   city ", "Rafah", null, ""}, false);
    assertTrue(c.exact(0, 1), "case and spaces folded");
    assertFalse(c.exact(0, 2));
    assertTrue(c.isNull(3));
    assertTrue(c.isNull(4), "empty is absent");
    assertFalse(c.isNull(0), "the first value (id 0) is present");
    assertTrue(c.key(null, 0) != FeatureColumn.MISSING, "and has a blocking key");
    assertEquals(2.0 / 3, c.termFrequency(0), 1e-12);
    assertEquals(1.0 / 3, c.termFrequency(2), 1e-12);
    assertTrue(Double.isNaN(c.termFrequency(3)));
    assertEquals(c.key(null, 0), c.key(null, 1));
    assertEquals(FeatureColumn.MISSING, c.key(null, 3));
    assertEquals(" gaza   city ", c.display(1), "shown as written");
    assertEquals(1.0, c.similarity(0, 1, new Scratch()), 1e-12);
    assertTrue(c.supports(TestKind.SIMILARITY));
    TextColumn category = new TextColumn("sex", new String[] {"m", "f"}, true);
    assertFalse(category.supports(TestKind.SIMILARITY));
    assertTrue(category.supports(TestKind.EXACT));
  }

  @Test
  void onlyPrintableLowerCaseAsciiWithoutSpacesIsAlreadyNormal() {
    assertTrue(TextColumn.isNormal("gaza-1"));
    assertTrue(TextColumn.isNormal("~!"), "the last printable characters");
    assertFalse(TextColumn.isNormal("Gaza"));
    assertFalse(TextColumn.isNormal("Zone"));
    assertFalse(TextColumn.isNormal("a b"));
    assertFalse(TextColumn.isNormal("a\u007Fb"));
    assertFalse(TextColumn.isNormal("غزة"));
    assertEquals("gaza city", TextColumn.normalize("  Gaza \t City "));
  }
}
