package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.integrity.PersonHistory;
import org.sijil.app.integrity.RecordSubjects;
import org.sijil.app.integrity.RegisterKey;
import org.sijil.cli.Cli;
import org.sijil.cli.postgres.TestPostgres;
import org.sijil.core.integrity.EntryCodec;
import org.sijil.core.integrity.LogEntry;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Linkage;
import org.sijil.store.Register;
import org.sijil.store.Release;

/**
 * A re-released list that changes one row and drops another logs exactly one {@code record-version}
 * (version 2), one {@code correction} (the same version, with the reason) and one {@code removal},
 * with who imported it, in the import's transaction; importing the same file again adds nothing;
 * the register verifies; the person's history shows both. On DuckDB and, when a server answers, on
 * PostgreSQL. The names are artificial.
 */
class ReleaseChangesLogTest {

  private static final String HEADER = "id,name,age\n";
  private static final String R1 =
      HEADER
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,41\n"
          + "T-3,اسم تجريبي ثالث,52\n"
          + "T-4,اسم تجريبي رابع,63\n";
  // T-2's age changes, T-3 is dropped, T-5 is new.
  private static final String R2 =
      HEADER
          + "T-1,اسم تجريبي اول,30\n"
          + "T-2,اسم تجريبي ثان,44\n"
          + "T-4,اسم تجريبي رابع,63\n"
          + "T-5,اسم تجريبي خامس,25\n";

  @TempDir Path dir;
  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Test
  void onDuckDb() throws IOException {
    check(dir.resolve("reg.db"));
  }

  @Test
  void onPostgres() throws IOException {
    schema = postgres.freshSchema("sijil_changes_");
    check(postgres.register(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }

  private void check(Path db) throws IOException {
    Path key = dir.resolve("reg.key");
    Path r1 = write("r1.csv", R1);
    Path r2 = write("r2.csv", R2);
    importAs(db, key, r1, "r1");
    importAs(db, key, r2, "r2");
    importAs(db, key, r2, "r2"); // the same file again: unchanged, nothing logged

    try (Register reg = Register.open(db.toString())) {
      Release first = reg.releases().resolve("test-list", "r1");
      Release second = reg.releases().resolve("test-list", "r2");
      List<IntegrityLog.Entry> entries = reg.integrity().entries(0, Long.MAX_VALUE);
      assertEquals(
          5, entries.size(), "two imports, one record version, one correction, one removal");
      LogEntry.RecordVersion v =
          assertInstanceOf(LogEntry.RecordVersion.class, EntryCodec.decode(entries.get(2).bytes()));
      assertEquals(
          List.of("test-list/r2", second.id() + ":2", 2L, "amal"),
          List.of(v.release(), v.record(), v.version(), v.actor()));
      assertEquals(RecordSubjects.keyed("test-list", "T-2"), entries.get(2).subject());
      LogEntry.Correction c =
          assertInstanceOf(LogEntry.Correction.class, EntryCodec.decode(entries.get(3).bytes()));
      assertEquals(second.id() + ":2", c.record());
      assertEquals(2, c.version());
      assertEquals("release test-list/r2 changed age", c.reason());
      assertEquals("amal", c.actor());
      byte[] rowHash = reg.integrity().rowHashes(second.id()).get(1).hash();
      assertEquals(org.sijil.core.integrity.Hashes.hex(rowHash), c.recordSha256());
      assertEquals(RecordSubjects.keyed("test-list", "T-2"), entries.get(3).subject());
      LogEntry.Removal r =
          assertInstanceOf(LogEntry.Removal.class, EntryCodec.decode(entries.get(4).bytes()));
      assertEquals(first.id() + ":3", r.record());
      assertEquals("not in release test-list/r2", r.reason());
      assertEquals("amal", r.actor());
      assertEquals(RecordSubjects.keyed("test-list", "T-3"), entries.get(4).subject());
    }

    Cli.Run ok = Cli.ok("verify", "--db", db, "--key", RegisterKey.publicFile(key));
    assertTrue(ok.out().contains("5 entries"), ok.out());

    // An analyst corrects the changed record again and removes another, each with a reason.
    long r2id;
    try (Register reg = Register.open(db.toString())) {
      r2id = reg.releases().resolve("test-list", "r2").id();
    }
    Cli.ok(
        "records",
        "correct",
        r2id + ":2",
        "--db",
        db,
        "--field",
        "age",
        "--value",
        "45",
        "--reason",
        "hospital record",
        "--by",
        "salma");
    Cli.ok(
        "records", "remove", r2id + ":4", "--db", db, "--reason", "listed twice", "--by", "salma");
    Cli.Run unknown = Cli.run("records", "remove", r2id + ":9", "--db", db, "--reason", "x");
    assertEquals(1, unknown.code(), unknown.err());
    try (Register reg = Register.open(db.toString())) {
      List<IntegrityLog.Entry> entries = reg.integrity().entries(5, Long.MAX_VALUE);
      assertEquals(2, entries.size(), "the unknown record logged nothing");
      LogEntry.Correction c =
          assertInstanceOf(LogEntry.Correction.class, EntryCodec.decode(entries.get(0).bytes()));
      assertEquals(
          List.of(r2id + ":2", 3L, "hospital record", "salma"),
          List.of(c.record(), c.version(), c.reason(), c.actor()));
      assertEquals(
          org.sijil.app.records.AmendRecord.correctionSha256(r2id + ":2", "age", "45"),
          c.recordSha256());
      assertEquals(RecordSubjects.keyed("test-list", "T-2"), entries.get(0).subject());
      LogEntry.Removal r =
          assertInstanceOf(LogEntry.Removal.class, EntryCodec.decode(entries.get(1).bytes()));
      assertEquals(
          List.of(r2id + ":4", "listed twice", "salma"),
          List.of(r.record(), r.reason(), r.actor()));
      assertEquals(RecordSubjects.keyed("test-list", "T-5"), entries.get(1).subject());
    }
    Cli.ok("verify", "--db", db, "--key", RegisterKey.publicFile(key));

    Cli.ok("link", "--db", db, "--threads", "1", "--by", "amal");
    try (Register reg = Register.open(db.toString())) {
      Release first = reg.releases().resolve("test-list", "r1");
      Release second = reg.releases().resolve("test-list", "r2");
      long changed = reg.linkage().personOf(new Linkage.RecordKey(second.id(), 2)).orElseThrow();
      assertTrue(
          types(new PersonHistory(reg).of(changed))
              .containsAll(List.of("record-version", "correction")),
          "the changed record's person shows its version and correction");
      long dropped = reg.linkage().personOf(new Linkage.RecordKey(first.id(), 3)).orElseThrow();
      assertTrue(
          types(new PersonHistory(reg).of(dropped)).contains("removal"),
          "the dropped record's person shows its removal");
    }
  }

  private static List<String> types(List<PersonHistory.Event> events) {
    return events.stream().map(e -> e.entry().type()).toList();
  }

  private void importAs(Path db, Path key, Path file, String release) {
    Cli.ok(
        "import",
        file,
        "--db",
        db,
        "--source",
        "test-list",
        "--release",
        release,
        "--signing-key",
        key,
        "--by",
        "amal");
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
