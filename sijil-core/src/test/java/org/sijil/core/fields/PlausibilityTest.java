package org.sijil.core.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowWarning;

/** One test per rule of {@link Plausibility}, each at its edge; the dates are artificial. */
class PlausibilityTest {

  private static final long ROW = 7;

  private static CasualtyRecord record(Age age, String dob, String dod) {
    return new CasualtyRecord(
        ROW,
        "T1",
        null,
        null,
        age,
        dob == null ? null : LocalDate.parse(dob),
        null,
        "test",
        dod == null ? null : LocalDate.parse(dod),
        null,
        null);
  }

  private static List<String> kinds(List<RowWarning> warnings) {
    return warnings.stream().map(w -> w.field() + ":" + w.kind()).toList();
  }

  @Test
  void aRecordWithoutDatesHasNothingToWarnAbout() {
    assertEquals(List.of(), Plausibility.check(record(Age.ofYears(30), null, null), null));
  }

  @Test
  void aBirthBefore1900IsImplausibleAndOneIn1900IsNot() {
    List<RowWarning> before = Plausibility.check(record(null, "1899-12-31", null), null);
    assertEquals(List.of("dob:implausible_birth"), kinds(before));
    assertEquals(ROW, before.get(0).row());
    assertEquals("1899-12-31", before.get(0).value());
    assertEquals(List.of(), Plausibility.check(record(null, "1900-01-01", null), null));
  }

  @Test
  void datesAfterTheAsOfDateAreWarnedButTheAsOfDayItselfIsNot() {
    LocalDate asOf = LocalDate.parse("2024-01-31");
    assertEquals(
        List.of("dob:after_as_of", "dod:after_as_of"),
        kinds(Plausibility.check(record(null, "2024-02-01", "2024-02-01"), asOf)));
    assertEquals(List.of(), Plausibility.check(record(null, "2024-01-31", "2024-01-31"), asOf));
    assertEquals(
        List.of(),
        Plausibility.check(record(null, "2024-02-01", "2024-02-01"), null),
        "no as-of date, nothing to be after");
  }

  @Test
  void aDeathBeforeTheBirthIsWarnedOnTheDeathDate() {
    List<RowWarning> w = Plausibility.check(record(null, "2020-01-02", "2020-01-01"), null);
    assertEquals(List.of("dod:death_before_birth"), kinds(w));
    assertEquals("2020-01-01", w.get(0).value());
    assertEquals(List.of(), Plausibility.check(record(null, "2020-01-02", "2020-01-02"), null));
  }

  @Test
  void anAgeTwoYearsFromTheDatesPassesAndThreeYearsIsWarnedEitherWay() {
    // Born 2000-06-15, died 2020-06-14: 19 completed years.
    String dob = "2000-06-15";
    String dod = "2020-06-14";
    assertEquals(List.of(), Plausibility.check(record(Age.ofYears(17), dob, dod), null));
    assertEquals(List.of(), Plausibility.check(record(Age.ofYears(21), dob, dod), null));
    List<RowWarning> young = Plausibility.check(record(Age.ofYears(16), dob, dod), null);
    assertEquals(List.of("age:age_disagrees"), kinds(young));
    assertEquals("16", young.get(0).value());
    assertEquals(
        List.of("age:age_disagrees"),
        kinds(Plausibility.check(record(Age.ofYears(22), dob, dod), null)));
  }

  @Test
  void theAgeIsComparedInCompletedYears() {
    // 20 years at death; 17 years 11 months is 17 completed years, three short.
    String dob = "2000-06-15";
    String dod = "2020-06-15";
    assertEquals(
        List.of("age:age_disagrees"),
        kinds(Plausibility.check(record(new Age(17, 11, 0), dob, dod), null)));
    assertEquals(List.of(), Plausibility.check(record(new Age(18, 0, 0), dob, dod), null));
  }

  @Test
  void theAgeIsTakenAtTheDeathDateElseAtTheAsOfDate() {
    LocalDate asOf = LocalDate.parse("2024-01-01");
    // Died at 20; the as-of date would make it 24.
    assertEquals(
        List.of(), Plausibility.check(record(Age.ofYears(20), "2000-01-01", "2020-01-01"), asOf));
    assertEquals(
        List.of("age:age_disagrees"),
        kinds(Plausibility.check(record(Age.ofYears(20), "2000-01-01", null), asOf)));
    assertEquals(List.of(), Plausibility.check(record(Age.ofYears(24), "2000-01-01", null), asOf));
  }

  @Test
  void theAgeIsUncheckedWithoutADateToTakeItAtOrWhenThatDateIsBeforeTheBirth() {
    assertEquals(List.of(), Plausibility.check(record(Age.ofYears(50), "2000-01-01", null), null));
    assertEquals(
        List.of("dod:death_before_birth"),
        kinds(Plausibility.check(record(Age.ofYears(50), "2020-01-02", "2020-01-01"), null)));
  }
}
