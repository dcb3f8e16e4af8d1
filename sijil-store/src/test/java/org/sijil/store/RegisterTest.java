package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.core.UserError;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.core.record.Sex;

class RegisterTest {

  @TempDir Path dir;

  static ReleaseSpec spec(String label, String sha) {
    return new ReleaseSpec(
        "moh",
        label,
        LocalDate.of(2024, 4, 30),
        "list.csv",
        sha.repeat(64).substring(0, 64),
        "csv",
        "UTF-8",
        List.of(List.of("Title")),
        List.of("id", "name", "age"),
        Map.of("id", "id", "name_ar", "name", "age", "age"),
        "tester");
  }

  static CasualtyRecord record(long row, String id, String name, Age age) {
    return new CasualtyRecord(
        row,
        id,
        name,
        null,
        age,
        LocalDate.of(1990, 1, 1),
        Sex.FEMALE,
        "h",
        null,
        null,
        Map.of("id", id, "name", name, "age", age == null ? "" : age.toString()));
  }

  static void write(Register reg, String label, String sha, boolean replace, int rows) {
    try (ReleaseWriter w = reg.imports().begin(spec(label, sha), replace)) {
      for (int i = 1; i <= rows; i++) {
        CasualtyRecord r = record(i, "9000000" + i, "اسم " + i, new Age(0, 7, 0));
        w.record(List.of(r.id(), r.nameAr(), "7 months"), r);
      }
      w.reject(new RowReject(rows + 1, List.of("x"), "wrong column count: 1 cell, header has 3"));
      w.warning(new RowWarning(1, "age", "unparsed_age", "??", "age '??' not understood"));
      w.commit();
    }
  }

  @Test
  void migratesAndRecordsSchemaVersion() {
    try (Register reg = Register.open(dir.resolve("a.db"))) {
      assertTrue(reg.schemaVersions().contains(1), reg.schemaVersions().toString());
    }
    try (Register reg = Register.open(dir.resolve("a.db"))) {
      assertEquals(1, reg.schemaVersions().get(0));
    }
  }

  @Test
  void storesAndReadsBackARelease() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      write(reg, "2024-04-30", "a", false, 3);
      Release rel = reg.releases().resolve(null, "2024-04-30");
      assertEquals(4, rel.rowsRead());
      assertEquals(3, rel.rowsImported());
      assertEquals(1, rel.rowsRejected());
      assertEquals(1, rel.warnings());
      List<CasualtyRecord> recs = reg.records().list(rel.id());
      assertEquals(3, recs.size());
      assertEquals(new Age(0, 7, 0), recs.get(0).age());
      assertEquals(Sex.FEMALE, recs.get(0).sex());
      assertEquals("7 months", recs.get(0).raw().get("age"));
      assertEquals(
          "wrong column count: 1 cell, header has 3",
          reg.records().rejects(rel.id()).get(0).reason());
      assertEquals(Map.of("unparsed_age", 1L), reg.records().warningCounts(rel.id()));
    }
  }

  @Test
  void failedImportLeavesNothing() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      write(reg, "one", "a", false, 2);
      try (ReleaseWriter w = reg.imports().begin(spec("two", "b"), false)) {
        CasualtyRecord r = record(1, "1", "اسم", null);
        w.record(List.of("1"), r);
        // no commit: the import failed half-way
      }
      assertEquals(1, reg.releases().list().size());
      assertThrows(UserError.class, () -> reg.releases().resolve(null, "two"));
      write(reg, "two", "b", false, 1);
      assertEquals(1, reg.records().list(reg.releases().resolve(null, "two").id()).size());
    }
  }

  @Test
  void existingReleaseRefusedUnlessReplace() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      write(reg, "one", "a", false, 2);
      UserError e =
          assertThrows(UserError.class, () -> reg.imports().begin(spec("one", "b"), false));
      // The hint (--replace on the command line) is the edge's wording of the code.
      assertEquals(ErrorCode.RELEASE_EXISTS, ((SijilException) e).code(), e.getMessage());
      write(reg, "one", "b", true, 5);
      Release rel = reg.releases().resolve("moh", "one");
      assertEquals(5, rel.rowsImported());
      assertEquals(5, reg.records().list(rel.id()).size());
      assertEquals(1, reg.records().rejects(rel.id()).size());
      assertEquals(1, reg.releases().list().size());
    }
  }

  @Test
  void unknownOrAmbiguousLabelIsUserError() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      assertThrows(UserError.class, () -> reg.releases().resolve(null, "nope"));
    }
  }
}
