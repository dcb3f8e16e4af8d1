package org.sijil.cli.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.SijilMain;
import org.sijil.synth.NameStatistics;

/** The bundled name tables are exactly what the derivation tool makes of the real lists. */
class SynthDeriveCommandTest {

  @TempDir Path dir;

  private static Path root() {
    return Path.of(System.getProperty("sijil.root", ".")).toAbsolutePath().normalize();
  }

  @Test
  void regeneratingFromTheMinistryListsReproducesTheBundledTables() throws IOException {
    Path moh = root().resolve("../shared/data/moh").normalize();
    Assumptions.assumeTrue(Files.isDirectory(moh), "real data absent: " + moh);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            new String[] {"synth-derive", "--moh", moh.toString(), "--out", dir.toString()},
            new PrintWriter(out),
            new PrintWriter(err));
    assertEquals(0, code, err.toString());
    Path bundled = root().resolve("sijil-synth/src/main/resources/org/sijil/synth");
    for (String table : NameStatistics.TABLES) {
      assertEquals(
          Files.readString(bundled.resolve(table)),
          Files.readString(dir.resolve(table)),
          table + " differs from a fresh derivation: regenerate with 'sijil synth-derive'");
    }
  }

  @Test
  void aMissingFolderIsAUserError() {
    StringWriter err = new StringWriter();
    int code =
        SijilMain.execute(
            new String[] {
              "synth-derive", "--moh", dir.resolve("nope").toString(), "--out", dir.toString()
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertEquals(SijilMain.EXIT_USER_ERROR, code);
    assertTrue(err.toString().contains("no such folder"), err.toString());
  }
}
