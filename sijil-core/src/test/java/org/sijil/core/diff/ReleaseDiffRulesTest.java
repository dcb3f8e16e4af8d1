package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

/**
 * The diff's rules where the names are Latin only, in two scripts, or absent, and rows without
 * keys.
 */
class ReleaseDiffRulesTest {

  static final Map<String, String> FIELDS =
      ReleaseDiffTest.mapping("id", "name_ar", "name_en", "age", "sex");

  static CasualtyRecord rec(long row, String id, String ar, String en, String ageText, Age age) {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("id", id == null ? "" : id);
    raw.put("name_ar", ar == null ? "" : ar);
    raw.put("name_en", en == null ? "" : en);
    raw.put("age", ageText);
    raw.put("sex", "m");
    return new CasualtyRecord(row, id, ar, en, age, null, Sex.MALE, null, null, null, raw);
  }

  static DiffResult diff(List<CasualtyRecord> a, List<CasualtyRecord> b) {
    return ReleaseDiff.compare(
        new ReleaseDiff.Side(a, FIELDS), new ReleaseDiff.Side(b, FIELDS), CanonicalField.ID);
  }

  @Test
  void latinNamesAloneTellADifferentPersonFromARespelling() {
    DiffResult d =
        diff(
            List.of(
                rec(1, "1", null, "Ahmed Khalil Ibrahim al-Najjar", "43", Age.ofYears(43)),
                rec(2, "2", null, "Ahmed Khalil Ibrahim al-Najjar", "43", Age.ofYears(43))),
            List.of(
                rec(1, "1", null, "Souad Yousef Salim al-Madhoun", "43", Age.ofYears(43)),
                rec(2, "2", null, "Ahmad Khalil Ibraheem Alnajjar", "43", Age.ofYears(43))));
    assertEquals(1, d.keyReused().size(), d.toString());
    assertEquals("1", d.keyReused().get(0).key());
    assertTrue(d.keyReused().get(0).nameSimilarity() < ReleaseDiff.DIFFERENT_NAME, d.toString());
    assertEquals(1, d.changed().size() + d.reformatted().size(), d.toString());
    assertEquals("2", (d.changed().isEmpty() ? d.reformatted() : d.changed()).get(0).key());
  }

  @Test
  void withoutAnyNameAKeyIsNeverClaimedReused() {
    DiffResult d =
        diff(
            List.of(rec(1, "1", null, null, "43", Age.ofYears(43))),
            List.of(rec(1, "1", null, null, "9", Age.ofYears(9))));
    assertEquals(0, d.keyReused().size());
    assertEquals(1, d.changed().size());
    assertEquals(new FieldChange("age", "43", "9"), d.changed().get(0).changed().get(0));
    assertEquals(
        1.0,
        ReleaseDiff.nameSimilarity(
            rec(1, "1", null, null, "", null), rec(1, "1", null, null, "", null)),
        0);
  }

  @Test
  void aNameInEachScriptIsComparedAcrossScripts() {
    CasualtyRecord ar = rec(1, "1", "محمد أحمد خليل النجار", null, "43", Age.ofYears(43));
    CasualtyRecord en = rec(1, "1", null, "Muhammad Ahmad Khalil al-Najjar", "43", Age.ofYears(43));
    CasualtyRecord other =
        rec(1, "1", null, "Souad Yousef Salim al-Madhoun", "43", Age.ofYears(43));
    double same = ReleaseDiff.nameSimilarity(ar, en);
    assertEquals(same, ReleaseDiff.nameSimilarity(en, ar), 1e-12, "either order");
    assertTrue(
        same > ReleaseDiff.nameSimilarity(ar, other),
        same + " vs " + ReleaseDiff.nameSimilarity(ar, other));
    assertFalse(ReleaseDiff.isDifferentPerson(ar, en, same));
    assertTrue(ReleaseDiff.isDifferentPerson(ar, other, ReleaseDiff.nameSimilarity(ar, other)));
  }

  @Test
  void rowsWithoutAKeyAreCountedNotCompared() {
    DiffResult d =
        diff(
            List.of(
                rec(1, null, "سامي يوسف عودة", null, "20", Age.ofYears(20)),
                rec(2, "2", "سامي يوسف عودة", null, "20", Age.ofYears(20))),
            List.of(
                rec(1, "2", "سامي يوسف عودة", null, "20", Age.ofYears(20)),
                rec(2, null, "x", null, "1", Age.ofYears(1)),
                rec(3, null, "y", null, "2", Age.ofYears(2))));
    assertEquals(1, d.withoutKeyBefore());
    assertEquals(2, d.withoutKeyAfter());
    assertEquals(1, d.unchanged());
    assertTrue(d.added().isEmpty() && d.removed().isEmpty());
  }

  @Test
  void anAgeWrittenDifferentlyIsReformattingAndTwoPreciseAgesAreAChange() {
    DiffResult d =
        diff(
            List.of(
                rec(1, "1", "سامي يوسف عودة", null, "43", Age.ofYears(43)),
                rec(2, "2", "كنز وسام العالول", null, "7 months", new Age(0, 7, 0))),
            List.of(
                rec(1, "1", "سامي يوسف عودة", null, "43.0", Age.ofYears(43)),
                rec(2, "2", "كنز وسام العالول", null, "8 months", new Age(0, 8, 0))));
    assertEquals(1, d.reformatted().size(), d.toString());
    assertEquals("1", d.reformatted().get(0).key());
    assertEquals(new FieldChange("age", "43", "43.0"), d.reformatted().get(0).reformatted().get(0));
    assertEquals(1, d.changed().size(), d.toString());
    assertEquals("2", d.changed().get(0).key());
    assertTrue(ReleaseDiff.consistentAges(Age.ofYears(1), new Age(0, 13, 0)));
    assertTrue(ReleaseDiff.consistentAges(new Age(0, 13, 0), Age.ofYears(1)));
    assertFalse(ReleaseDiff.consistentAges(Age.ofYears(2), new Age(0, 13, 0)));
    assertFalse(
        ReleaseDiff.consistentAges(new Age(0, 7, 0), new Age(0, 8, 0)),
        "neither is in whole years");
  }

  @Test
  void aCompoundGivenNameSplitDifferentlyKeepsThePerson() {
    CasualtyRecord a = rec(1, "1", "عبدالمعطي حسن", null, "20", Age.ofYears(20));
    CasualtyRecord b = rec(1, "1", "عبد المعطى سالم", null, "20", Age.ofYears(20));
    assertFalse(ReleaseDiff.isDifferentPerson(a, b, ReleaseDiff.nameSimilarity(a, b)));
    CasualtyRecord c = rec(1, "1", "محمد خليل", null, "20", Age.ofYears(20));
    CasualtyRecord e = rec(1, "1", "كنز سالم", null, "20", Age.ofYears(20));
    assertTrue(ReleaseDiff.isDifferentPerson(c, e, ReleaseDiff.nameSimilarity(c, e)));
  }
}
