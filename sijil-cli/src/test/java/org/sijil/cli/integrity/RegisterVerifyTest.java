package org.sijil.cli.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/**
 * {@code sijil verify --db}: a register imported by the CLI verifies with its public key; changing
 * one stored name, a log entry, a tree hash or a checkpoint directly in the DuckDB file makes it
 * fail with exit code 1, naming the entry, release and row. The list is artificial.
 */
class RegisterVerifyTest {

  @TempDir Path dir;
  Path db;
  Path pub;

  @BeforeEach
  void importTwoReleases() throws IOException {
    db = dir.resolve("reg.db");
    Path a = write("a.csv", "id,name,age\n", 1, 30);
    Path b = write("b.csv", "id,name,age\n", 31, 45);
    Cli.ok("import", a, "--db", db, "--source", "test-list", "--release", "r1", "--by", "tester");
    Cli.ok("import", b, "--db", db, "--source", "test-list", "--release", "r2", "--by", "tester");
    pub = dir.resolve("reg.db.pub");
  }

  private Path write(String name, String header, int from, int to) throws IOException {
    StringBuilder s = new StringBuilder(header);
    for (int i = from; i <= to; i++) {
      s.append("T-")
          .append(i)
          .append(",اسم")
          .append(i)
          .append(" تجريبي,")
          .append(20 + i % 50)
          .append('\n');
    }
    s.append(",,40\n"); // no name and no id: rejected
    Path p = dir.resolve(name);
    Files.writeString(p, s, StandardCharsets.UTF_8);
    return p;
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  @Test
  void anImportedRegisterVerifiesWithItsPublicKey() throws IOException {
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("reg.db.key"))));
    Cli.Run ok = Cli.ok("verify", "--db", db, "--key", pub);
    // two release-import entries, then one removal per key of r1 that r2 no longer lists (30)
    assertTrue(ok.out().contains("32 entries"), ok.out());
    assertTrue(ok.out().contains("2 releases"), ok.out());
  }

  @Test
  void changingOneStoredNameFailsNamingTheEntryReleaseAndRow() throws SQLException {
    sql("UPDATE records SET name_ar = 'اسم مختلف' WHERE release_id = 2 AND row_no = 5");
    Cli.Run bad = Cli.run("verify", "--db", db, "--key", pub);
    assertEquals(1, bad.code(), bad.out());
    assertTrue(
        bad.err().contains("release 2 (test-list/r2), entry 1, row 5: the stored row"), bad.err());
    assertEquals(2, bad.err().lines().count(), bad.err());
  }

  @Test
  void changingARawCellOrARejectFailsToo() throws SQLException {
    sql(
        "UPDATE raw_rows SET cells = replace(cells, 'T-3', 'T-9') WHERE release_id = 1 AND row_no = 3");
    sql("UPDATE rejects SET reason = 'other' WHERE release_id = 2");
    Cli.Run bad = Cli.run("verify", "--db", db, "--key", pub);
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("release 1 (test-list/r1), entry 0, row 3:"), bad.err());
    assertTrue(bad.err().contains("release 2 (test-list/r2), entry 1, row 16:"), bad.err());
  }

  @Test
  void changingALogEntryATreeHashOrACheckpointFails() throws SQLException {
    sql(
        "UPDATE log_entries SET entry = replace(entry::VARCHAR, 'rows 2 31', 'rows 2 32')::BLOB WHERE entry_index = 0");
    Cli.Run entry = Cli.run("verify", "--db", db, "--key", pub);
    assertEquals(1, entry.code());
    assertTrue(
        entry.err().contains("entry 0 (release-import, release:1): its stored bytes do not hash"),
        entry.err());

    // The second import's checkpoint covers its release-import entry and r1's 30 keys' removals.
    sql(
        "UPDATE log_checkpoints SET note = replace(note, chr(10) || '32' || chr(10), chr(10) || '31' || chr(10))"
            + " WHERE checkpoint_id = 2");
    Cli.Run checkpoint = Cli.run("verify", "--db", db, "--key", pub);
    assertTrue(
        checkpoint.err().contains("checkpoint 2 (size 32): does not verify"), checkpoint.err());

    sql("UPDATE log_hashes SET hash = log_hashes.hash || ''::BLOB WHERE position = 2");
    sql(
        "UPDATE log_hashes SET hash = (SELECT hash FROM log_hashes WHERE position = 0) WHERE position = 1");
    Cli.Run hash = Cli.run("verify", "--db", db, "--key", pub);
    assertEquals(1, hash.code());
    assertTrue(hash.err().contains("stored tree hash 1 is not the hash recomputed"), hash.err());
  }

  @Test
  void anotherKeyDoesNotVerifyTheCheckpoints() {
    Cli.ok("keys", "generate", "--name", "sijil.register/other", "--out", dir.resolve("other"));
    Cli.Run bad =
        Cli.run("verify", "--db", db, "--key", dir.resolve("other/sijil.register_other.pub"));
    assertEquals(1, bad.code());
    assertTrue(
        bad.err().contains("checkpoint 1 (size 1): does not verify with key sijil.register/other"),
        bad.err());
  }
}
