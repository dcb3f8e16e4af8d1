package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RecordVersions;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.cli.Cli;
import org.sijil.cli.postgres.TestPostgres;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * {@code record-version} entries: none on a source's first import; a re-release that changes one
 * name gets exactly one, version 2, with the SHA-256 of the stored record's {@code sijil-record/v1}
 * bytes, while {@code 43.0} for {@code 43} and an extra unmapped column get none; importing or
 * replacing with the same file again adds nothing; {@code verify --db} passes, then fails naming
 * the entry, release and record when the entry is changed or deleted. On DuckDB and, when a server
 * answers, on PostgreSQL. The names are artificial.
 */
class RecordVersionsLogTest {

  private static final String R1 =
      "id,name,age\n"
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,41\n"
          + "T-3,اسم تجريبي ثالث,43\n";
  // T-2's name is spelt differently; T-3's age is written 43.0; a column feeds no field.
  private static final String R2 =
      "id,name,age,note\n"
          + "T-1,اسم تجريبي اول,30,x\n"
          + "T-2,اسم تجريبى ثان,41,y\n"
          + "T-3,اسم تجريبي ثالث,43.0,z\n";
  private static final String T2 = RecordSubjects.keyed("test-list", "T-2");

  @TempDir Path dir;
  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Test
  void onDuckDb() throws IOException, SQLException {
    Path db = dir.resolve("reg.db");
    int index = check(db);
    tamper(
        db,
        "UPDATE log_entries SET entry = replace(entry::VARCHAR, 'version 1 2', 'version 1 3')::BLOB WHERE entry_index = "
            + index);
    Cli.Run bad = verify(db);
    assertEquals(1, bad.code(), bad.out());
    assertTrue(
        bad.err().contains("entry " + index + " (record-version, " + T2 + "): is version 3"),
        bad.err());
    // Logging missing versions leaves a tampered entry as it is: verify still names it.
    assertTrue(
        Cli.ok("records", "log-versions", "--db", db, "--by", "huda")
            .out()
            .contains("logged 0 record-version entries (by huda)"));
    assertEquals(1, verify(db).code());
    tamper(db, "DELETE FROM log_entries WHERE entry_index = " + index);
    bad = verify(db);
    assertEquals(1, bad.code(), bad.out());
    assertTrue(
        bad.err()
            .contains(
                "release " + r2(db) + " (test-list/r2), row 2 (" + T2 + "): the record changed"),
        bad.err());
  }

  @Test
  void aChangedHashIsNamed() throws IOException, SQLException {
    Path db = dir.resolve("reg.db");
    int index = check(db);
    tamper(
        db,
        "UPDATE records SET name_ar = 'اسم تجريبي اخر' WHERE row_no = 2 AND release_id = "
            + r2(db));
    Cli.Run bad = verify(db);
    assertEquals(1, bad.code(), bad.out());
    assertTrue(
        bad.err()
            .contains(
                "entry "
                    + index
                    + " (record-version, "
                    + T2
                    + "): its record-sha256 is not the hash of the stored record: release "
                    + r2(db)),
        bad.err());
  }

  @Test
  void theSummaryHasARecordVersionsLine() throws IOException, SQLException {
    Path db = dir.resolve("reg.db");
    int index = check(db);
    Cli.Run ok = verify(db);
    assertTrue(
        ok.out()
            .contains(
                "record-version entry checked against the changes recomputed between releases: OK"),
        ok.out());
    assertTrue(ok.out().contains("record versions"), ok.out());
    tamper(
        db,
        "UPDATE log_entries SET entry = replace(entry::VARCHAR, 'version 1 2', 'version 1 3')::BLOB WHERE entry_index = "
            + index);
    Cli.Run bad = verify(db);
    assertEquals(1, bad.code(), bad.out());
    assertTrue(
        bad.err()
            .contains(
                "record versions: 1 record-version entry checked against the changes recomputed"
                    + " between releases: FAILED (1 of the problems above)"),
        bad.err());
  }

  @Test
  void onPostgres() throws IOException {
    schema = postgres.freshSchema("sijil_recver_");
    check(postgres.register(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }

  /** Imports both releases, checks the entries; returns the record version's log index. */
  private int check(Path db) throws IOException {
    Path r1 = write("r1.csv", R1);
    Path r2 = write("r2.csv", R2);
    importAs(db, r1, "r1");
    assertEquals(List.of(), versions(db), "a first import logs no record version");
    importAs(db, r2, "r2");
    importAs(db, r2, "r2"); // the same file again: unchanged
    importAs(db, r2, "r2", "--replace"); // the same rows again under a new release id
    List<IntegrityLog.Entry> versions = versions(db);
    assertEquals(1, versions.size(), "one changed name, one record version");
    IntegrityLog.Entry e = versions.get(0);
    assertEquals(T2, e.subject());
    try (Register reg = Register.open(db.toString())) {
      Release first = reg.releases().resolve("test-list", "r2");
      LogEntry.RecordVersion v = (LogEntry.RecordVersion) EntryCodec.decode(e.bytes());
      CasualtyRecord stored = reg.records().list(first.id()).get(1);
      assertEquals(
          List.of("test-list/r2", 2L, RecordVersions.sha256(stored), "amal"),
          List.of(v.release(), v.version(), v.recordSha256(), v.actor()));
      assertTrue(v.record().endsWith(":2"), v.record());
    }
    Cli.Run ok = verify(db);
    assertEquals(0, ok.code(), ok.err());
    assertTrue(
        Cli.ok("records", "log-versions", "--db", db, "--by", "huda")
            .out()
            .contains("logged 0 record-version entries"),
        "a register whose versions are all logged gets nothing more");
    return (int) e.index();
  }

  private static long r2(Path db) {
    try (Register reg = Register.open(db.toString())) {
      return reg.releases().resolve("test-list", "r2").id();
    }
  }

  private List<IntegrityLog.Entry> versions(Path db) {
    try (Register reg = Register.open(db.toString())) {
      return reg.integrity().entries(0, Long.MAX_VALUE).stream()
          .filter(e -> EntryCodec.decode(e.bytes()) instanceof LogEntry.RecordVersion)
          .toList();
    }
  }

  private Cli.Run verify(Path db) {
    return Cli.run("verify", "--db", db, "--key", RegisterKey.publicFile(dir.resolve("reg.key")));
  }

  private void importAs(Path db, Path file, String release, String... more) {
    List<Object> args =
        new java.util.ArrayList<>(
            List.of(
                "import",
                file,
                "--db",
                db,
                "--source",
                "test-list",
                "--release",
                release,
                "--signing-key",
                dir.resolve("reg.key"),
                "--by",
                "amal"));
    args.addAll(List.of(more));
    Cli.ok(args.toArray());
  }

  private static void tamper(Path db, String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
