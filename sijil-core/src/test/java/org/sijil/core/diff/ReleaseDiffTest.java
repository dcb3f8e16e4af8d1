package org.sijil.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.core.record.Age;
import org.sijil.core.record.CanonicalField;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;

class ReleaseDiffTest {

  static final Map<String, String> ALL = mapping("id", "name_ar", "name_en", "age", "dob", "sex");

  static Map<String, String> mapping(String... keys) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String k : keys) {
      m.put(k, k);
    }
    return m;
  }

  static CasualtyRecord rec(
      long row, String id, String ar, String ageText, Age age, LocalDate dob, Sex sex) {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("id", id);
    raw.put("name_ar", ar);
    raw.put("age", ageText);
    raw.put("dob", dob == null ? "" : dob.toString());
    raw.put("sex", sex == null ? "" : sex.code());
    return new CasualtyRecord(row, id, ar, null, age, dob, sex, null, null, null, raw);
  }

  static DiffResult diff(List<CasualtyRecord> a, List<CasualtyRecord> b) {
    return ReleaseDiff.compare(
        new ReleaseDiff.Side(a, ALL), new ReleaseDiff.Side(b, ALL), CanonicalField.ID);
  }

  @Test
  void addedRemovedAndUnchanged() {
    CasualtyRecord one =
        rec(1, "1", "محمد أحمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE);
    CasualtyRecord two =
        rec(2, "2", "فاطمة محمود حسن الأسطل", "30", Age.ofYears(30), null, Sex.FEMALE);
    CasualtyRecord three = rec(1, "3", "سامي يوسف عودة", "20", Age.ofYears(20), null, Sex.MALE);
    DiffResult d =
        diff(
            List.of(one, two),
            List.of(three, rec(2, "1", one.nameAr(), "43", Age.ofYears(43), null, Sex.MALE)));
    assertEquals(1, d.added().size());
    assertEquals("3", d.added().get(0).get("id"));
    assertEquals(1, d.removed().size());
    assertEquals("2", d.removed().get(0).get("id"));
    assertEquals(1, d.unchanged());
    assertTrue(d.changed().isEmpty() && d.reformatted().isEmpty() && d.keyReused().isEmpty());
  }

  @Test
  void ageZeroToMonthsIsReformatting() {
    DiffResult d =
        diff(
            List.of(rec(1, "1", "كنز وسام صالح العالول", "0", Age.ofYears(0), null, Sex.FEMALE)),
            List.of(
                rec(
                    1,
                    "1",
                    "كنز وسام صالح العالول",
                    "7 months",
                    new Age(0, 7, 0),
                    null,
                    Sex.FEMALE)));
    assertEquals(1, d.reformatted().size());
    assertEquals(0, d.changed().size());
    assertEquals(
        new FieldChange("age", "0", "7 months"), d.reformatted().get(0).reformatted().get(0));
  }

  @Test
  void ageRevisionIsAChange() {
    DiffResult d =
        diff(
            List.of(rec(1, "1", "كنز وسام صالح العالول", "3", Age.ofYears(3), null, Sex.FEMALE)),
            List.of(rec(1, "1", "كنز وسام صالح العالول", "4", Age.ofYears(4), null, Sex.FEMALE)));
    assertEquals(1, d.changed().size());
  }

  @Test
  void spacingAndPunctuationInNamesIsReformatting() {
    DiffResult d =
        diff(
            List.of(rec(1, "1", "أحمد عبدالرحمن أحمد شهاب", "43", Age.ofYears(43), null, Sex.MALE)),
            List.of(
                rec(1, "1", "أحمد عبد الرحمن أحمد  شهاب.", "43", Age.ofYears(43), null, Sex.MALE)));
    assertEquals(1, d.reformatted().size(), d.toString());
    assertEquals("name_ar", d.reformatted().get(0).reformatted().get(0).field());
  }

  @Test
  void birthYearRevisedByOneIsAChange() {
    DiffResult d =
        diff(
            List.of(
                rec(
                    1,
                    "1",
                    "محمد أحمد خليل النجار",
                    "43",
                    Age.ofYears(43),
                    LocalDate.of(1980, 1, 1),
                    Sex.MALE)),
            List.of(
                rec(
                    1,
                    "1",
                    "محمد أحمد خليل النجار",
                    "43",
                    Age.ofYears(43),
                    LocalDate.of(1981, 1, 1),
                    Sex.MALE)));
    assertEquals(1, d.changed().size());
    assertEquals(
        new FieldChange("dob", "1980-01-01", "1981-01-01"), d.changed().get(0).changed().get(0));
  }

  @Test
  void keyPointingToADifferentPersonIsReused() {
    DiffResult d =
        diff(
            List.of(
                rec(1, "1", "محمد أحمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE),
                rec(2, "2", "محمد وسام صالح العالول", "4", Age.ofYears(4), null, Sex.MALE)),
            List.of(
                rec(1, "1", "سعاد يوسف سليم المدهون", "65", Age.ofYears(65), null, Sex.FEMALE),
                rec(2, "2", "كنز وسام صالح العالول", "4", Age.ofYears(4), null, Sex.FEMALE)));
    assertEquals(2, d.keyReused().size(), d.toString());
    assertEquals("1", d.keyReused().get(0).key());
    assertEquals("محمد أحمد خليل النجار", d.keyReused().get(0).before().get("name_ar"));
    assertEquals(0, d.changed().size());
  }

  @Test
  void smallNameCorrectionIsNotReuse() {
    DiffResult d =
        diff(
            List.of(rec(1, "1", "محمد احمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE)),
            List.of(rec(1, "1", "محمد أحمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE)));
    assertEquals(0, d.keyReused().size());
    assertEquals(1, d.changed().size());
  }

  @Test
  void damagedNameThatLostOrGainedAPartIsNotReuse() {
    DiffResult d =
        diff(
            List.of(
                rec(1, "1", "سيد مصطفى سيد النجار", "43", Age.ofYears(43), null, Sex.MALE),
                rec(2, "2", "جمعه خليل محمد النجار", "30", Age.ofYears(30), null, Sex.MALE),
                rec(3, "3", "عبدالمعطي علي موسى النجار", "20", Age.ofYears(20), null, Sex.MALE)),
            List.of(
                rec(1, "1", "مصطف سيد النجار", "43", Age.ofYears(43), null, Sex.MALE),
                rec(3, "3", "عبد المعطى على موسى النجار", "20", Age.ofYears(20), null, Sex.MALE),
                rec(2, "2", "نن  جمعه خليل محمد النجار", "30", Age.ofYears(30), null, Sex.MALE)));
    assertEquals(0, d.keyReused().size(), d.toString());
    assertEquals(3, d.changed().size());
  }

  @Test
  void duplicateKeysAreReportedAndLeftOut() {
    List<CasualtyRecord> a = new ArrayList<>();
    a.add(rec(1, "1", "محمد أحمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE));
    a.add(rec(2, "1", "سامي يوسف عودة", "20", Age.ofYears(20), null, Sex.MALE));
    DiffResult d =
        diff(a, List.of(rec(1, "1", "سامي يوسف عودة", "20", Age.ofYears(20), null, Sex.MALE)));
    assertEquals(1, d.duplicateKeys().size());
    assertEquals(List.of(1L, 2L), d.duplicateKeys().get(0).rows());
    assertEquals("before", d.duplicateKeys().get(0).side());
    assertEquals(0, d.added().size() + d.removed().size() + d.changed().size());
  }

  @Test
  void fieldsMissingFromOneReleaseAreNotCompared() {
    CasualtyRecord x = rec(1, "1", "محمد أحمد خليل النجار", "43", Age.ofYears(43), null, Sex.MALE);
    CasualtyRecord y =
        rec(
            1,
            "1",
            "محمد أحمد خليل النجار",
            "43",
            Age.ofYears(43),
            LocalDate.of(1980, 1, 1),
            Sex.MALE);
    DiffResult d =
        ReleaseDiff.compare(
            new ReleaseDiff.Side(List.of(x), mapping("id", "name_ar", "age", "sex")),
            new ReleaseDiff.Side(List.of(y), ALL),
            CanonicalField.ID);
    assertEquals(1, d.unchanged());
    assertEquals(List.of("name_ar", "age", "sex"), d.comparedFields());
  }

  @Test
  void unparsedValuesCompareByTheirText() {
    CasualtyRecord x = rec(1, "1", "محمد أحمد", "??", null, null, Sex.MALE);
    CasualtyRecord y = rec(1, "1", "محمد أحمد", "43", Age.ofYears(43), null, Sex.MALE);
    DiffResult d = diff(List.of(x), List.of(y));
    assertEquals(new FieldChange("age", "??", "43"), d.changed().get(0).changed().get(0));
  }
}
