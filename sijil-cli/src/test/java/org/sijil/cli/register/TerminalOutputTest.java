package org.sijil.cli.register;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** ESC and BEL bytes in a list never reach the terminal raw; CSV output guards formula cells. */
class TerminalOutputTest {

  @TempDir Path dir;

  @Test
  void rejectsAndWarningsEscapeControlCharactersAndGuardFormulas() throws Exception {
    Path f = dir.resolve("ctl.csv");
    Files.writeString(
        f,
        "id,name,age\n"
            + "1,Test Person A,\u001b]0;owned\u0007\n"
            + "2,\u001b[2J\u0007,=1+2,extra\n"
            + "3,Test Person C,=1+2\n",
        StandardCharsets.UTF_8);
    Path db = dir.resolve("r.db");
    Cli.ok("import", f, "--source", "s", "--release", "r1", "--db", db);
    for (String command : new String[] {"rejects", "warnings"}) {
      Cli.Run r = Cli.ok(command, "r1", "--db", db);
      assertFalse(
          r.out().contains("\u001b") || r.out().contains("\u0007"), command + ": " + r.out());
      assertTrue(r.out().contains("\\e"), command + ": " + r.out());
    }
    Cli.Run csv = Cli.ok("warnings", "r1", "--db", db, "--format", "csv");
    assertTrue(csv.out().contains(",'=1+2"), csv.out());
    assertFalse(csv.out().contains(",=1+2"), csv.out());
  }
}
