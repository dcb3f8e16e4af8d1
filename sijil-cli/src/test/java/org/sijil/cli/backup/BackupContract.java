package org.sijil.cli.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.cli.Cli;
import org.sijil.cli.copy.CopyContract;
import org.sijil.cli.serve.SampleRegister;
import org.sijil.store.Register;

/**
 * {@code sijil backup} and {@code sijil restore} on every backend: a register built by the commands
 * (three releases, a link run, a review decision, a user, a published snapshot) backed up from
 * DuckDB, restored into {@link #middle()}, backed up from there and restored into a new DuckDB file
 * holds exactly the same rows in every table (sessions aside) and the same integrity log at every
 * step; both archives verify offline, and a restore into the filled register is refused.
 */
public abstract class BackupContract {

  @TempDir protected Path dir;

  /** The register between the two archives: a new DuckDB file, or an empty PostgreSQL schema. */
  protected abstract Path middle();

  @Test
  void aRegisterBackedUpRestoredThereAndBackHoldsTheSameRowsAndLog() throws Exception {
    Path a = dir.resolve("a.db");
    SampleRegister.writeLists(dir);
    SampleRegister.build(dir, a);
    String pair =
        Cli.ok("review", "list", "--db", a, "--format", "json").json().get(0).get("pair").asText();
    Cli.ok("review", "decide", pair, "non-match", "--by", "amal", "--note", "backup", "--db", a);
    try (Register reg = Register.open(a)) {
      new ManageUsers(reg)
          .save("amal", "analyst", "a long enough password".toCharArray(), 4, new Actor("root"));
    }
    Cli.ok("publish", "--db", a, "--by", "tester");
    Map<String, List<String>> original = CopyContract.rows(a);

    Path first = dir.resolve("first.sijil-backup");
    String backedUp = Cli.ok("backup", "--db", a, "--out", first).out();
    String log = line(backedUp, "Integrity log:");
    assertTrue(
        Files.readString(dir.resolve("first.sijil-backup.sha256"))
            .contains("  first.sijil-backup"));
    Path mid = middle();
    String restored = Cli.ok("restore", "--archive", first, "--db", mid).out();
    assertTrue(restored.contains("Integrity log equal"), restored);
    assertEquals(original, CopyContract.rows(mid));

    Path second = dir.resolve("second.sijil-backup");
    String again = Cli.ok("backup", "--db", mid, "--out", second).out();
    assertEquals(log, line(again, "Integrity log:"));
    Path c = dir.resolve("c.db");
    Cli.ok("restore", "--archive", second, "--db", c);
    assertEquals(original, CopyContract.rows(c));
    assertTrue(original.get("log_entries").size() > 5, "the log has entries");

    Path key = dir.resolve("a.db.pub");
    String checked = Cli.ok("verify", "archive", second, "--key", key).out();
    assertTrue(checked.contains("counts equal") && checked.contains("signed by"), checked);
    assertEquals(0, Cli.run("verify", "--db", c, "--key", key).code());

    Cli.Run refused = Cli.run("restore", "--archive", first, "--db", mid);
    assertEquals(1, refused.code());
    assertTrue(refused.err().contains("already holds a register"), refused.err());
    assertEquals(original, CopyContract.rows(mid), "a refused restore changes nothing");
  }

  private static String line(String out, String start) {
    return out.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no '" + start + "' in " + out));
  }
}
