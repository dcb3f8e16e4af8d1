package org.sijil.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ages, sexes, canonical fields and a record's text values, checked value by value. */
class RecordValuesTest {

  @Test
  void ageInYearsAndCompletedYears() {
    assertEquals(43.0, Age.ofYears(43).inYears(), 0);
    assertEquals(1.5, new Age(1, 6, 0).inYears(), 1e-12);
    assertEquals(730 / 365.25, new Age(0, 0, 730).inYears(), 1e-12);
    assertEquals(2 + 3 / 12.0 + 10 / 365.25, new Age(2, 3, 10).inYears(), 1e-12);
    assertEquals(0, new Age(0, 11, 30).completedYears());
    assertEquals(1, new Age(0, 12, 0).completedYears());
    assertEquals(3, new Age(1, 24, 0).completedYears());
    assertEquals(1, new Age(0, 0, 366).completedYears());
    assertEquals(0, new Age(0, 0, 365).completedYears());
    assertEquals(5, new Age(4, 0, 400).completedYears());
  }

  @Test
  void ageIsWrittenAsListsWriteIt() {
    assertEquals("43", Age.ofYears(43).toString());
    assertEquals("0", Age.ofYears(0).toString());
    assertEquals("7 months", new Age(0, 7, 0).toString());
    assertEquals("1 month", new Age(0, 1, 0).toString());
    assertEquals("3 days", new Age(0, 0, 3).toString());
    assertEquals("1 day", new Age(0, 0, 1).toString());
    assertEquals("1 year 2 months", new Age(1, 2, 0).toString());
    assertEquals("2 years 1 month 5 days", new Age(2, 1, 5).toString());
    assertEquals("1 year 1 day", new Age(1, 0, 1).toString());
  }

  @Test
  void negativeAgePartsAreRefusedNamingThem() {
    for (int[] bad : new int[][] {{-1, 0, 0}, {0, -1, 0}, {0, 0, -1}}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> new Age(bad[0], bad[1], bad[2]));
      assertTrue(
          e.getMessage().contains(bad[0] + "y " + bad[1] + "m " + bad[2] + "d"), e.getMessage());
    }
    assertEquals(0, new Age(0, 0, 0).years());
  }

  @Test
  void sexCodes() {
    assertEquals("m", Sex.MALE.code());
    assertEquals("f", Sex.FEMALE.code());
  }

  @Test
  void canonicalFieldsByKeyIgnoringCase() {
    assertEquals(Optional.of(CanonicalField.NAME_AR), CanonicalField.byKey("name_ar"));
    assertEquals(Optional.of(CanonicalField.DOD), CanonicalField.byKey("DOD"));
    assertEquals(Optional.empty(), CanonicalField.byKey("name"));
    for (CanonicalField f : CanonicalField.values()) {
      assertEquals(Optional.of(f), CanonicalField.byKey(f.key()));
      assertFalse(f.key().isEmpty());
    }
    assertEquals(
        List.of("id", "name_ar", "name_en", "age", "dob", "sex", "source", "dod", "place"),
        java.util.Arrays.stream(CanonicalField.values()).map(CanonicalField::key).toList());
  }

  @Test
  void recordTextIsEachCanonicalValueOrNull() {
    CasualtyRecord r =
        new CasualtyRecord(
            3,
            "900000001",
            "سامي علي",
            "Sami Ali",
            new Age(0, 7, 0),
            LocalDate.of(2023, 5, 1),
            Sex.FEMALE,
            "h",
            LocalDate.of(2023, 12, 1),
            "رفح",
            Map.of("id", "900000001"));
    assertEquals("900000001", r.text(CanonicalField.ID));
    assertEquals("سامي علي", r.text(CanonicalField.NAME_AR));
    assertEquals("Sami Ali", r.text(CanonicalField.NAME_EN));
    assertEquals("7 months", r.text(CanonicalField.AGE));
    assertEquals("2023-05-01", r.text(CanonicalField.DOB));
    assertEquals("f", r.text(CanonicalField.SEX));
    assertEquals("h", r.text(CanonicalField.SOURCE));
    assertEquals("2023-12-01", r.text(CanonicalField.DOD));
    assertEquals("رفح", r.text(CanonicalField.PLACE));
    CasualtyRecord empty =
        new CasualtyRecord(1, null, null, null, null, null, null, null, null, null, null);
    for (CanonicalField f : CanonicalField.values()) {
      assertNull(empty.text(f), f.key());
    }
    assertEquals(Map.of(), empty.raw());
    assertThrows(NullPointerException.class, () -> r.text(null));
  }

  @Test
  void rawRowAnswersContainsKeyAndIteratesToItsEnd() {
    RawRow raw = new RawRow(new String[] {"id", "name"}, List.of("1", "Omar"));
    assertTrue(raw.containsKey("name"));
    assertFalse(raw.containsKey("age"));
    assertEquals(2, raw.entrySet().size());
    assertEquals(2, raw.size());
    Iterator<Map.Entry<String, String>> it = raw.entrySet().iterator();
    assertTrue(it.hasNext());
    assertEquals(Map.entry("id", "1"), it.next());
    assertTrue(it.hasNext());
    assertEquals(Map.entry("name", "Omar"), it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }
}
