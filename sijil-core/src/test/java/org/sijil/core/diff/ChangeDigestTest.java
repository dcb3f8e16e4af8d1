package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Release-wide revisions are told apart from the few real changes. */
class ChangeDigestTest {

  private static RecordChange change(String key, FieldChange... fields) {
    return new RecordChange(key, 1, 1, List.of(fields), List.of());
  }

  @Test
  void everyAgeOneYearHigherIsOneRevisionNotThousandsOfChanges() {
    List<RecordChange> changes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      changes.add(
          change(
              "a" + i,
              new FieldChange(
                  "age", Integer.toString(20 + i % 50), Integer.toString(21 + i % 50))));
    }
    for (int i = 0; i < 60; i++) {
      changes.add(change("f" + i, new FieldChange("age", null, "33")));
    }
    changes.add(change("x1", new FieldChange("age", "40", "47")));
    changes.add(change("x2", new FieldChange("name_ar", "اسم تجريبي أول", "اسم تجريبي ثان")));
    changes.add(
        change(
            "x3",
            new FieldChange("age", "30", "31"),
            new FieldChange("name_ar", "اسم تجريبي أول", "اسم تجريبي ثالث")));
    changes.add(change("x4", new FieldChange("age", "7 months", "1")));
    ChangeDigest d = ChangeDigest.of(changes);
    assertEquals(
        List.of(new Revision("age", 1, "years", 302)),
        d.revisions(),
        "x3 and x4 also shift by one year");
    assertEquals("+1", d.revisions().get(0).signedShift());
    assertEquals(301, d.revised().size(), "the 300 and x4");
    assertEquals(60, d.filled().size());
    assertEquals(List.of("x1", "x2", "x3"), d.other().stream().map(RecordChange::key).toList());
  }

  @Test
  void aFewSimilarShiftsAreNotARevision() {
    List<RecordChange> changes = new ArrayList<>();
    for (int i = 0; i < ChangeDigest.MIN_RECORDS - 1; i++) {
      changes.add(change("a" + i, new FieldChange("age", "20", "21")));
    }
    ChangeDigest d = ChangeDigest.of(changes);
    assertEquals(List.of(), d.revisions());
    assertEquals(ChangeDigest.MIN_RECORDS - 1, d.other().size());
  }

  @Test
  void birthDatesMovedByTheSameDaysAreARevision() {
    List<RecordChange> changes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      changes.add(
          change(
              "d" + i,
              new FieldChange("dob", "2000-01-0" + (1 + i % 5), "2000-01-1" + (1 + i % 5))));
    }
    ChangeDigest d = ChangeDigest.of(changes);
    assertEquals(List.of(new Revision("dob", 10, "days", 40)), d.revisions());
  }

  private static List<RecordChange> shifts(String prefix, int records, FieldChange shift) {
    List<RecordChange> out = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      out.add(change(prefix + i, shift));
    }
    return out;
  }

  @Test
  void aRevisionNeedsTwentyFiveRecordsAndAFifthOfTheFieldsChanges() {
    // 25 of 125 age changes (exactly 20 %) shift by one year: a revision.
    List<RecordChange> changes = shifts("a", 25, new FieldChange("age", "20", "21"));
    for (int i = 0; i < 100; i++) {
      changes.add(change("x" + i, new FieldChange("age", "20", Integer.toString(30 + i % 50))));
    }
    assertEquals(
        List.of(new Revision("age", 1, "years", 25)), ChangeDigest.of(changes).revisions());
    // One more age change elsewhere puts the 25 just under a fifth.
    changes.add(change("y", new FieldChange("age", "20", "90")));
    assertEquals(List.of(), ChangeDigest.of(changes).revisions());
  }

  @Test
  void revisionsAreListedMostRecordsFirst() {
    List<RecordChange> changes = shifts("a", 30, new FieldChange("age", "20", "21"));
    changes.addAll(shifts("d", 40, new FieldChange("dob", "2000-01-01", "2001-01-01")));
    assertEquals(
        List.of(new Revision("dob", 366, "days", 40), new Revision("age", 1, "years", 30)),
        ChangeDigest.of(changes).revisions());
  }

  @Test
  void aShiftWithAFillIsRevisedAndARecordWithOnlyReformattingIsNeither() {
    List<RecordChange> changes = shifts("a", 30, new FieldChange("age", "20", "21"));
    changes.add(
        change(
            "both",
            new FieldChange("age", "40", "41"),
            new FieldChange("dod", null, "2024-01-01")));
    changes.add(
        new RecordChange("format", 1, 1, List.of(), List.of(new FieldChange("age", "43", "43.0"))));
    ChangeDigest d = ChangeDigest.of(changes);
    assertEquals("both", d.revised().get(30).key());
    assertEquals(List.of(), d.filled());
    assertEquals(List.of("format"), d.other().stream().map(RecordChange::key).toList());
  }

  @Test
  void onlyAgesAndDatesThatBothParseAreShifts() {
    assertEquals(Long.valueOf(-2), ChangeDigest.shift(new FieldChange("age", "40", "38")));
    assertEquals(
        Long.valueOf(1), ChangeDigest.shift(new FieldChange("dod", "2024-02-28", "2024-02-29")));
    assertEquals(null, ChangeDigest.shift(new FieldChange("age", "unknown", "40")));
    assertEquals(null, ChangeDigest.shift(new FieldChange("age", "40", null)));
    assertEquals(null, ChangeDigest.shift(new FieldChange("dob", "5/1/2024", "2024-01-06")));
    assertEquals(null, ChangeDigest.shift(new FieldChange("place", "1", "2")));
  }

  @Test
  void aShiftReadsWithItsSignAndNoSignForNone() {
    assertEquals("+1", new Revision("age", 1, "years", 30).signedShift());
    assertEquals("-2", new Revision("age", -2, "years", 30).signedShift());
    assertEquals("0", new Revision("age", 0, "years", 30).signedShift());
  }
}
