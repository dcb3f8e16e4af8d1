package org.sijil.cli.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.SampleRegister;

/** {@code sijil copy} from a DuckDB file to a new one and back (the DuckDB backup). */
class CopyCommandTest extends CopyContract {

  @Override
  protected Path middle() {
    return dir.resolve("b.db");
  }

  @Test
  void sameOrMissingRegistersAreRefusedAndExistingFilesKept() {
    Path a = dir.resolve("a.db");
    SampleRegister.writeLists(dir);
    Cli.ok("import", dir.resolve("hospital-r1.csv"), "--source", "h", "--release", "r1", "--db", a);
    Cli.Run same = Cli.run("copy", "--from", a, "--to", a);
    assertEquals(1, same.code());
    assertTrue(same.err().contains("same register"), same.err());
    Path none = dir.resolve("none.db");
    assertEquals(1, Cli.run("copy", "--from", none, "--to", dir.resolve("x.db")).code());
    assertFalse(Files.exists(none));
    assertFalse(Files.exists(dir.resolve("x.db")), "nothing created for a missing source");

    Path b = dir.resolve("b.db");
    Cli.ok("copy", "--from", a, "--to", b);
    assertEquals(1, Cli.run("copy", "--from", b, "--to", a).code());
    assertTrue(Files.exists(a), "an existing register is never removed");
    assertEquals(rows(a), rows(b));
  }
}
