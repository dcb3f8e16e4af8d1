package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage.PersonLink;
import org.sijil.store.Linkage.PersonRecord;
import org.sijil.store.Linkage.RecordKey;

/**
 * The linkage area's person-ordered read of linked records, and the count of records not yet
 * linked.
 */
class PersonRecordsTest {

  @TempDir Path dir;

  static long release(Register reg, String source, List<CasualtyRecord> records) {
    ReleaseSpec spec =
        new ReleaseSpec(
            source,
            "r1",
            LocalDate.of(2024, 1, 1),
            source + ".csv",
            "b".repeat(64),
            "csv",
            "UTF-8",
            List.of(),
            List.of("name"),
            Map.of("name_ar", "name"),
            "tester");
    try (ReleaseWriter w = reg.imports().begin(spec, false)) {
      for (CasualtyRecord c : records) {
        w.record(List.of(c.nameAr()), c);
      }
      w.commit();
    }
    return reg.releases().find(source, "r1").orElseThrow().id();
  }

  static CasualtyRecord record(
      long row, String name, Age age, Sex sex, LocalDate dod, String place) {
    return new CasualtyRecord(
        row, null, name, null, age, null, sex, null, dod, place, Map.of("name", name));
  }

  @Test
  void streamsLinkedRecordsByPersonWithTheirSourceAndCountsTheUnlinked() {
    try (Register reg = Register.open(dir.resolve("p.db"))) {
      long hospital =
          release(
              reg,
              "hospital",
              List.of(
                  record(
                      1,
                      "سامي علي حمدان",
                      new Age(0, 7, 0),
                      Sex.MALE,
                      LocalDate.of(2023, 11, 2),
                      "غزة"),
                  record(2, "نور خالد عاشور", null, null, null, null)));
      long family =
          release(
              reg,
              "family",
              List.of(
                  record(
                      1,
                      "سامي علي حمدان",
                      Age.ofYears(1),
                      Sex.MALE,
                      LocalDate.of(2023, 11, 3),
                      "غزة"),
                  record(2, "هدى عمر سالم", Age.ofYears(40), Sex.FEMALE, null, "رفح")));
      assertEquals(Map.of("family", 2L, "hospital", 2L), reg.linkage().unlinkedBySource());
      List<PersonLink> links =
          List.of(
              new PersonLink(new RecordKey(family, 1), 1, 0.99),
              new PersonLink(new RecordKey(hospital, 1), 1, 0.99),
              new PersonLink(new RecordKey(hospital, 2), 2, null));
      reg.linkage()
          .save(
              new Linkage.Run(
                  "{}", "{}", links, List.of(1L, 2L), Map.of(), List.of(), true, "tester"));

      List<PersonRecord> seen = new ArrayList<>();
      reg.linkage().forEachPersonRecord(seen::add);
      assertEquals(3, seen.size());
      assertEquals(
          new PersonRecord(
              1, "hospital", new Age(0, 7, 0), Sex.MALE, LocalDate.of(2023, 11, 2), "غزة"),
          seen.get(0),
          "by person, then release");
      assertEquals(
          new PersonRecord(1, "family", Age.ofYears(1), Sex.MALE, LocalDate.of(2023, 11, 3), "غزة"),
          seen.get(1));
      PersonRecord bare = seen.get(2);
      assertEquals(2, bare.personId());
      assertNull(bare.age());
      assertNull(bare.sex());
      assertNull(bare.dod());
      assertNull(bare.place());
      assertEquals(Map.of("family", 1L), reg.linkage().unlinkedBySource());
    }
  }
}
