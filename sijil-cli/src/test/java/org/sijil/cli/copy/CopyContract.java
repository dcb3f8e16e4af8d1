package org.sijil.cli.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.users.ManageUsers;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.SampleRegister;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;

/**
 * {@code sijil copy} on every backend pair: a register built by the commands (three releases, a
 * link run, a review decision, a user, a published snapshot) copied from DuckDB to {@link
 * #middle()} and back to a new DuckDB file holds exactly the same rows in every table (sessions
 * aside), and the same integrity log. A second copy into a filled register is refused and changes
 * nothing.
 */
public abstract class CopyContract {

  @TempDir protected Path dir;

  /** The register between the two copies: a new DuckDB file, or an empty PostgreSQL schema. */
  protected abstract Path middle();

  @Test
  void aRegisterCopiedThereAndBackHoldsTheSameRowsAndLog() {
    Path a = dir.resolve("a.db");
    SampleRegister.writeLists(dir);
    SampleRegister.build(dir, a);
    String pair =
        Cli.ok("review", "list", "--db", a, "--format", "json").json().get(0).get("pair").asText();
    Cli.ok("review", "decide", pair, "non-match", "--by", "amal", "--note", "copy test", "--db", a);
    try (Register reg = Register.open(a)) {
      new ManageUsers(reg)
          .save("amal", "analyst", "a long enough password".toCharArray(), 4, new Actor("root"));
    }
    Cli.ok("publish", "--db", a, "--by", "tester");
    Map<String, List<String>> original = rows(a);

    Path mid = middle();
    String there = Cli.ok("copy", "--from", a, "--to", mid).out();
    assertTrue(there.contains("Integrity log equal"), there);
    Path c = dir.resolve("c.db");
    String back = Cli.ok("copy", "--from", mid, "--to", c).out();
    assertEquals(logLine(there), logLine(back));

    assertEquals(original, rows(mid));
    assertEquals(original, rows(c));
    assertTrue(original.get("log_entries").size() > 5, "the log has entries");
    assertFalse(original.containsKey("sessions"));
    assertEquals(0, Cli.run("verify", "--db", c, "--key", dir.resolve("a.db.pub")).code());

    Cli.Run again = Cli.run("copy", "--from", a, "--to", mid);
    assertEquals(1, again.code());
    assertTrue(again.err().contains("already holds a register"), again.err());
    assertEquals(original, rows(mid), "a refused copy changes nothing");
  }

  /** The line naming the log's size and root. */
  private static String logLine(String out) {
    return out.lines().filter(l -> l.startsWith("Integrity log equal")).findFirst().orElseThrow();
  }

  /** Every table's rows as sorted strings, sessions left out as copy leaves them out. */
  public static Map<String, List<String>> rows(Path db) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Register reg = Register.open(db)) {
      RegisterTables tables = reg.tables();
      for (String t : tables.names()) {
        if (t.equals("sessions")) {
          continue;
        }
        List<String> columns = new ArrayList<>(tables.columns(t));
        columns.sort(null);
        List<String> rows = new ArrayList<>();
        tables.scan(t, columns, r -> rows.add(text(r)));
        rows.sort(null);
        out.put(t, rows);
      }
    }
    return out;
  }

  private static String text(Object[] row) {
    StringBuilder s = new StringBuilder();
    for (Object v : row) {
      s.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('|');
    }
    return s.toString();
  }
}
