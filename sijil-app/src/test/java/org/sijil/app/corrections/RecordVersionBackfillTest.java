package org.sijil.app.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.Sex;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

/**
 * A register whose releases were stored before record versions were logged (written here through
 * the store alone, so no entry exists) gets one entry per changed record, with this run's actor and
 * the next version; a second run appends nothing. The names are artificial.
 */
class RecordVersionBackfillTest {

  @TempDir Path dir;

  @Test
  void aChangedRecordOfAnOldReleaseIsLoggedOnceAndOnlyOnce() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      write(reg, "r1", "اسم تجريبي ثان");
      Release r2 = write(reg, "r2", "اسم تجريبى ثان");
      assertEquals(1, new RecordVersionBackfill(reg).append(new Actor("huda")));
      List<IntegrityLog.Entry> all = reg.integrity().entries(0, Long.MAX_VALUE);
      assertEquals(1, all.size());
      LogEntry.RecordVersion v = (LogEntry.RecordVersion) EntryCodec.decode(all.get(0).bytes());
      assertEquals(RecordSubjects.keyed("test-list", "T-2"), all.get(0).subject());
      CasualtyRecord stored = reg.records().list(r2.id()).get(1);
      assertEquals(
          List.of("test-list/r2", r2.id() + ":2", 2L, RecordVersions.sha256(stored), "huda"),
          List.of(v.release(), v.record(), v.version(), v.recordSha256(), v.actor()));
      assertEquals(0, new RecordVersionBackfill(reg).append(new Actor("huda")));
      assertEquals(1, reg.integrity().entryCount());
    }
  }

  /** Three records; T-2's Arabic name is {@code second}. */
  private static Release write(Register reg, String label, String second) {
    ReleaseSpec spec =
        new ReleaseSpec(
            "test-list",
            label,
            LocalDate.of(2024, 4, label.equals("r1") ? 1 : 30),
            label + ".csv",
            label.equals("r1") ? "a".repeat(64) : "b".repeat(64),
            "csv",
            "UTF-8",
            List.of(),
            List.of("id", "name", "age"),
            Map.of("id", "id", "name_ar", "name", "age", "age"),
            "amal");
    try (ReleaseWriter w = reg.imports().begin(spec, false)) {
      String[] names = {"اسم تجريبي اول", second, "اسم تجريبي ثالث"};
      for (int i = 0; i < names.length; i++) {
        CasualtyRecord r =
            new CasualtyRecord(
                i + 1,
                "T-" + (i + 1),
                names[i],
                null,
                Age.ofYears(30 + i),
                null,
                Sex.MALE,
                "test-list",
                null,
                null,
                Map.of("id", "T-" + (i + 1), "name", names[i]));
        w.record(List.of(r.id(), names[i], String.valueOf(30 + i)), r);
      }
      return w.commit();
    }
  }
}
