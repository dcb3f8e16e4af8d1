package org.sijil.cli.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** {@code sijil corrections}: removals and returns over three artificial releases. */
class CorrectionsCommandTest {

  @TempDir Path dir;

  private Path db() throws Exception {
    Path db = dir.resolve("c.db");
    List<String> releases =
        List.of(
            "id,name\n1,Test Person One\n2,Test Person Two\n3,Test Person Three\n",
            "id,name\n1,Test Person One\n3,Test Person Three\n",
            "id,name\n1,Test Person One\n2,Test Person Two\n");
    for (int i = 0; i < releases.size(); i++) {
      Path f = dir.resolve("r" + (i + 1) + ".csv");
      Files.writeString(f, releases.get(i), StandardCharsets.UTF_8);
      Cli.ok(
          "import",
          f,
          "--source",
          "list",
          "--release",
          "r" + (i + 1),
          "--as-of",
          "2024-0" + (i + 1) + "-01",
          "--db",
          db);
    }
    return db;
  }

  @Test
  void jsonListsRemovedAndReturnedWithTheirReleases() throws Exception {
    JsonNode j = Cli.ok("corrections", "list", "--db", db(), "--format", "json").json();
    JsonNode removed = j.get("removed");
    assertEquals(2, removed.size(), j.toString());
    assertEquals("2", removed.get(0).get("key").asText());
    assertEquals("Test Person Two", removed.get(0).get("name").asText());
    assertEquals("r2", removed.get(0).get("removed_in").asText());
    assertEquals("3", removed.get(1).get("key").asText());
    assertEquals("r3", removed.get(1).get("removed_in").asText());
    JsonNode returned = j.get("returned");
    assertEquals(1, returned.size());
    JsonNode back = returned.get(0);
    assertEquals(List.of("key", "name", "removed_in", "returned_in"), iterate(back.fieldNames()));
    assertEquals("2", back.get("key").asText());
    assertEquals("r2", back.get("removed_in").asText());
    assertEquals("r3", back.get("returned_in").asText());
    assertEquals(3, j.get("releases").size());
  }

  @Test
  void tableSaysWhatWasFoundAndAnUnknownSourceIsNamed() throws Exception {
    Path db = db();
    String text = Cli.ok("corrections", "list", "--db", db).out();
    assertTrue(
        text.contains("2 removals between releases of list, 1 of them returned later"), text);
    var bad = Cli.run("corrections", "nosuch", "--db", db);
    assertFalse(bad.code() == 0);
    assertTrue(bad.err().contains("no source 'nosuch'"), bad.err());
  }

  private static List<String> iterate(java.util.Iterator<String> it) {
    List<String> l = new java.util.ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }
}
