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
}
