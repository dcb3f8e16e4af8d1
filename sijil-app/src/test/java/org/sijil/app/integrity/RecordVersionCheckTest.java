package org.sijil.app.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.imports.ImportRelease;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.integrity.NoteSigner;
import org.sijil.core.integrity.SignatureType;
import org.sijil.ingest.ReadOptions;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * {@code record-version} entries at import ({@link RecordVersions}) and their check by {@code
 * verify --db} ({@link RecordVersionCheck}): one entry per new version of a record, none for a row
 * repeated unchanged (at any row), none when the same rows are imported again; an entry that is not
 * a new version, and a new version without an entry, are named. The names are artificial.
 */
class RecordVersionCheckTest {

  private static final String HEADER = "id,name,age\n";
  // A, B, C keyed; the last row has no key.
  private static final String R1 =
      HEADER
          + "A,اسم تجريبي اول,30\n"
          + "B,اسم تجريبي ثان,41\n"
          + "C,اسم تجريبي ثالث,52\n"
          + ",اسم بلا رقم,60\n";
  // A repeated at another row, B's age changed, C dropped, D new, a row without a key.
  private static final String R2 =
      HEADER
          + "D,اسم تجريبي رابع,25\n"
          + "A,اسم تجريبي اول,30\n"
          + "B,اسم تجريبي ثان,44\n"
          + ",اسم بلا رقم,60\n";

  @TempDir Path dir;
  Path db;
  NoteSigner key;

  @BeforeEach
  void importTwoReleases() throws IOException {
    db = dir.resolve("reg.db");
    key = NoteSigner.generate("sijil.example/versions", SignatureType.ED25519, new SecureRandom());
    try (Register reg = Register.open(db)) {
      importAs(reg, "r1", R1);
      importAs(reg, "r2", R2);
      new RegisterLog(reg).sign(key);
    }
  }

  private void importAs(Register reg, String label, String text) throws IOException {
    Path file = dir.resolve(label + ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    new ImportRelease(reg)
        .run(
            new ImportRelease.Request(file, "list", label, null, ReadOptions.defaults(), false),
            Actor.systemUser(),
            ProgressListener.NONE);
  }

  private static List<LogEntry.RecordVersion> versions(Register reg) {
    List<LogEntry.RecordVersion> out = new ArrayList<>();
    for (IntegrityLog.Entry e : reg.integrity().entries(0, Long.MAX_VALUE)) {
      if (EntryCodec.decode(e.bytes()) instanceof LogEntry.RecordVersion v) {
        out.add(v);
      }
    }
    return out;
  }

  @Test
  void eachNewVersionIsLoggedOnceAndVerifies() throws IOException {
    try (Register reg = Register.open(db)) {
      Release r1 = reg.releases().resolve("list", "r1");
      Release r2 = reg.releases().resolve("list", "r2");
      List<String> got =
          versions(reg).stream().map(v -> v.record() + " " + v.key() + " v" + v.version()).toList();
      assertEquals(
          List.of(
              r1.id() + ":1 A v1",
              r1.id() + ":2 B v1",
              r1.id() + ":3 C v1",
              r1.id() + ":4  v1",
              r2.id() + ":1 D v1",
              r2.id() + ":3 B v2",
              r2.id() + ":4  v1"),
          got);
      LogEntry.RecordVersion b1 = versions(reg).get(1);
      LogEntry.RecordVersion b2 = versions(reg).get(5);
      assertEquals(b1.recordSha256(), b2.previousSha256(), "B's second version chains its first");
      assertEquals("list/r2", b2.release());
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());

      // The same rows again, under another label: only the row without a key is new.
      long before = reg.integrity().entryCount();
      importAs(reg, "r3", R2);
      Release r3 = reg.releases().resolve("list", "r3");
      List<LogEntry.RecordVersion> all = versions(reg);
      assertEquals(8, all.size());
      assertEquals(r3.id() + ":4", all.get(7).record());
      assertEquals(before + 2, reg.integrity().entryCount(), "its release-import and one version");
      // The same file again: unchanged, nothing logged.
      importAs(reg, "r3", R2);
      assertEquals(before + 2, reg.integrity().entryCount());
      new RegisterLog(reg).sign(key);
      report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
    }
  }

  @Test
  void aReformattedCellOrAnExtraColumnIsNoNewVersion() throws IOException {
    try (Register reg = Register.open(db)) {
      int before = versions(reg).size();
      // r2's keyed rows again: ages written 25.0 and 44.0, and one more column the list maps to
      // nothing. The parsed records are the same, so no record has a new version.
      importAs(
          reg,
          "r4",
          "id,name,age,zzz\n"
              + "D,اسم تجريبي رابع,25.0,x\n"
              + "A,اسم تجريبي اول,30,y\n"
              + "B,اسم تجريبي ثان,44.0,z\n");
      assertEquals(before, versions(reg).size(), versions(reg).toString());
      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertTrue(report.ok(), report.problems().toString());
    }
  }

  @Test
  void anEntryForARowThatIsNoNewVersionIsNamed() {
    try (Register reg = Register.open(db)) {
      Release r2 = reg.releases().resolve("list", "r2");
      LogEntry.RecordVersion a1 = versions(reg).get(0);
      long index =
          reg.transaction(
              () ->
                  new RegisterLog(reg)
                      .append(
                          new LogEntry.RecordVersion(
                              RegisterLog.now(),
                              "intruder",
                              "list/r2",
                              r2.id() + ":2",
                              "A",
                              2,
                              a1.recordSha256(),
                              a1.contentSha256(),
                              a1.recordSha256()),
                          RecordSubjects.keyed("list", "A")));
      new RegisterLog(reg).sign(key);
      VerifyRegister.Report report = new VerifyRegister(reg).run(key.verifier());
      assertEquals(1, report.problems().size(), report.problems().toString());
      assertEquals(
          "entry "
              + index
              + " (record-version "
              + r2.id()
              + ":2), release "
              + r2.id()
              + " (list/r2), row 2",
          report.problems().get(0).where());
      assertTrue(report.problems().get(0).what().contains("not a new version"));
    }
  }

  @Test
  void aNewVersionWithoutAnEntryIsNamed() throws Exception {
    long r2;
    try (Register reg = Register.open(db)) {
      r2 = reg.releases().resolve("list", "r2").id();
    }
    // A's row in r2 repeated r1's; changed behind the log's back it is a new version no entry logs.
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
        var s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE records SET name_ar = 'اسم آخر' WHERE release_id = " + r2 + " AND row_no = 2");
    }
    try (Register reg = Register.open(db)) {
      List<String> problems =
          new VerifyRegister(reg)
              .run(key.verifier()).problems().stream().map(Object::toString).toList();
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.contains("release " + r2 + " (list/r2), entry ")
                          && p.contains(
                              ", row 2: is a new version of record:list/A but no record-version"
                                  + " entry logs it")),
          problems.toString());
      assertTrue(
          problems.stream().anyMatch(p -> p.contains("row 2: the stored row (cells or record)")),
          problems.toString());
    }
  }
}
