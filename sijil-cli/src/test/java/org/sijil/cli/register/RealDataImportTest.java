package org.sijil.cli.register;

import org.sijil.cli.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports both real MoH releases and diffs them (figures in docs/real-data.md, "Import and diff").
 * Skipped when ../shared/data is absent.
 */
class RealDataImportTest {

  @TempDir Path dir;

  static Path moh() {
    return Path.of(System.getProperty("sijil.root", "."), "..", "shared", "data", "moh").normalize();
  }

  @Test
  void importsAndDiffsTheTwoMohReleases() {
    Path moh = moh();
    Assumptions.assumeTrue(Files.isDirectory(moh), "real data not present at " + moh);
    Path db = dir.resolve("moh.db");
    JsonNode one = Cli.ok("import", moh.resolve("moh-list-01-2024-01-05.csv"), "--source", "moh",
        "--release", "2024-01-05", "--as-of", "2024-01-05", "--db", db, "--format", "json").json();
    JsonNode three = Cli.ok("import", moh.resolve("moh-list-03-2024-04-30.csv"), "--source", "moh",
        "--release", "2024-04-30", "--as-of", "2024-04-30", "--db", db, "--format", "json").json();
    assertEquals(14_140, one.get("read").asLong());
    assertEquals(14_140, one.get("imported").asLong());
    assertEquals(24_672, three.get("read").asLong());
    assertEquals(24_672, three.get("imported").asLong());
    assertEquals(0, one.get("rejected").asLong() + three.get("rejected").asLong());

    JsonNode show = Cli.ok("show", "2024-04-30", "--db", db, "--format", "json").json();
    assertEquals(24_672, show.get("total").asLong());

    JsonNode d = Cli.ok("diff", "moh", "2024-01-05", "2024-04-30", "--db", db, "--format", "json").json();
    JsonNode s = d.get("summary");
    long compared = s.get("changed").asLong() + s.get("reformatted").asLong() + s.get("unchanged").asLong()
        + s.get("key_reused").asLong();
    assertEquals(14_140, compared + s.get("removed").asLong() + s.get("duplicate_keys").asLong());
    assertEquals(24_672, compared + s.get("added").asLong() + s.get("duplicate_keys").asLong());
    assertTrue(s.get("reformatted").asLong() > 0);
  }
}
