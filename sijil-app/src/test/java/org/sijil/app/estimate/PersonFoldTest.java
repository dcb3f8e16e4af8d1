package org.sijil.app.estimate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage.PersonRecord;

class PersonFoldTest {

  static PersonRecord record(String source, Age age, Sex sex, LocalDate dod, String place) {
    return new PersonRecord(1, source, age, sex, dod, place);
  }

  @Test
  void membershipFromAnyRecordOfTheListsAndValuesByMedianAndMajority() {
    PersonFold fold = new PersonFold(List.of("a", "b", "c"));
    fold.add(record("c", Age.ofYears(30), Sex.FEMALE, LocalDate.of(2023, 11, 2), "Rafah"));
    fold.add(record("other", Age.ofYears(34), Sex.FEMALE, LocalDate.of(2023, 11, 30), null));
    fold.add(record("a", Age.ofYears(31), Sex.MALE, LocalDate.of(2023, 12, 1), " Rafah "));
    fold.add(record("c", null, null, null, "Gaza"));
    assertTrue(fold.listed());
    boolean[] on = new boolean[3];
    fold.membership(on);
    assertArrayEquals(new boolean[] {true, false, true}, on);
    assertEquals(31.0, fold.value("age", true));
    assertEquals("31", fold.value("age", false));
    assertEquals("female", fold.value("sex", false));
    assertEquals("Rafah", fold.value("place", false));
    assertEquals("2023-11", fold.value("death_month", false));
  }

  @Test
  void evenCountsAverageTheMiddleAgesAndTiesAreMissing() {
    PersonFold fold = new PersonFold(List.of("a", "b"));
    fold.add(record("a", new Age(0, 6, 0), Sex.MALE, LocalDate.of(2024, 1, 5), "Gaza"));
    fold.add(record("b", Age.ofYears(1), Sex.FEMALE, LocalDate.of(2024, 2, 5), "Rafah"));
    assertEquals(0.75, (Double) fold.value("age", true), 1e-9);
    assertNull(fold.value("sex", false));
    assertNull(fold.value("place", false));
    assertNull(fold.value("death_month", false));
    fold.reset();
    fold.add(record("elsewhere", null, null, null, null));
    assertFalse(fold.listed(), "records only on other sources do not list the person");
    assertNull(fold.value("age", true));
    assertNull(fold.value("sex", false));
  }
}
