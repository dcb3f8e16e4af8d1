package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The canonical parsed record ({@code sijil-record/v1}) byte for byte with its SHA-256 (the test
 * vector of docs/integrity.md), and which records are a new version of their key. Artificial names.
 */
class RecordVersionsTest {

  private static final String VECTOR =
      "sijil-record/v1\n"
          + "id 4 T-17\n"
          + "name-ar 19 اسم تجريبي\n"
          + "name-en -\n"
          + "age 6 43.0.0\n"
          + "dob -\n"
          + "sex 1 m\n"
          + "source 9 test-list\n"
          + "dod 10 2024-01-09\n"
          + "place 10 Test Place\n";

  private static CasualtyRecord record(long row, String id, String name, Map<String, String> raw) {
    return new CasualtyRecord(
        row,
        id,
        name,
        null,
        new Age(43, 0, 0),
        null,
        Sex.MALE,
        "test-list",
        LocalDate.of(2024, 1, 9),
        "Test Place",
        raw);
  }

  @Test
  void theCanonicalRecordIsTheDocumentedTestVector() {
    CasualtyRecord r = record(7, "T-17", "اسم تجريبي", Map.of("age", "43.0"));
    assertEquals(VECTOR, new String(CanonicalRows.record(r), StandardCharsets.UTF_8));
    assertEquals(151, CanonicalRows.record(r).length);
    assertEquals(
        "646c671a71a4bc17f4c0726dbc91d2e31a6891eef9b9f65e374dcdad5bc52dd6",
        RecordVersions.sha256(r));
  }

  @Test
  void rowCellsAndUnmappedColumnsAreNotPartOfTheRecord() {
    CasualtyRecord a = record(7, "T-17", "اسم تجريبي", Map.of("age", "43"));
    CasualtyRecord b = record(9, "T-17", "اسم تجريبي", Map.of("age", "43.0", "note", "x"));
    assertTrue(CanonicalRows.sameRecord(a, b));
    assertEquals(RecordVersions.sha256(a), RecordVersions.sha256(b));
  }

  @Test
  void onlyAChangedRecordOfAKeyListedOnceInBothIsANewVersion() {
    List<CasualtyRecord> before =
        List.of(
            record(1, "T-1", "اسم اول", null),
            record(2, "T-2", "اسم ثان", null),
            record(3, "T-3", "اسم ثالث", null),
            record(4, "T-3", "اسم ثالث", null),
            record(5, null, "اسم بلا رقم", null),
            record(6, "T-6", "اسم سادس", null));
    List<CasualtyRecord> after =
        List.of(
            record(1, "T-9", "اسم جديد", null), // new key: its first version, no entry
            record(2, "T-2", "اسم ثان", Map.of("note", "x")), // unchanged
            record(3, "T-3", "اسم اخر", null), // repeated before: not followed
            record(4, null, "اسم اخر بلا رقم", null), // no key
            record(5, "T-6", "اسم سادس معدل", null), // changed
            record(6, "T-1", "اسم اول معدل", null)); // changed, at another row
    assertEquals(
        List.of(
            new RecordVersions.Changed("T-6", 5, RecordVersions.sha256(after.get(4))),
            new RecordVersions.Changed("T-1", 6, RecordVersions.sha256(after.get(5)))),
        RecordVersions.changed(before, after));
  }

  @Test
  void keysSharingAHashCodeAreToldApart() {
    // "Aa" and "BB" have the same String.hashCode.
    List<CasualtyRecord> before =
        List.of(record(1, "Aa", "اسم", null), record(2, "BB", "اسم", null));
    List<CasualtyRecord> after =
        List.of(record(1, "BB", "اسم", null), record(2, "Aa", "اسم معدل", null));
    assertEquals(
        List.of(new RecordVersions.Changed("Aa", 2, RecordVersions.sha256(after.get(1)))),
        RecordVersions.changed(before, after));
  }
}
