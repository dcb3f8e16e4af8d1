package org.sijil.cli.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** {@code sijil sources list} and {@code sijil sources name}: artificial list, names logged. */
class SourcesCommandTest {

  @TempDir Path dir;

  @Test
  void namesASourceAndListsItWithWhoNamedIt() throws Exception {
    Path db = dir.resolve("s.db");
    Path f = dir.resolve("r1.csv");
    Files.writeString(f, "id,name\n1,Test Person One\n", StandardCharsets.UTF_8);
    Cli.ok("import", f, "--source", "test-list", "--release", "r1", "--db", db);

    JsonNode before = Cli.ok("sources", "list", "--db", db, "--format", "json").json();
    assertEquals("test-list", before.get(0).get("source").asText());
    assertEquals("", before.get(0).get("english").asText());

    Cli.Run named =
        Cli.ok(
            "sources",
            "name",
            "test-list",
            "--en",
            "Test list",
            "--ar",
            "قائمة الاختبار",
            "--by",
            "amal",
            "--db",
            db);
    assertTrue(named.out().contains("named"), named.out());
    Cli.Run again =
        Cli.ok(
            "sources",
            "name",
            "test-list",
            "--en",
            "Test list",
            "--ar",
            "قائمة الاختبار",
            "--by",
            "amal",
            "--db",
            db);
    assertTrue(again.out().contains("nothing changed"), again.out());

    JsonNode after = Cli.ok("sources", "list", "--db", db, "--format", "json").json();
    assertEquals("Test list", after.get(0).get("english").asText());
    assertEquals("قائمة الاختبار", after.get(0).get("arabic").asText());
    assertEquals("amal", after.get(0).get("named_by").asText());

    Cli.Run unknown = Cli.run("sources", "name", "nope", "--en", "X", "--db", db);
    assertNotEquals(0, unknown.code());
    assertTrue(unknown.err().contains("'nope'"), unknown.err());
  }
}
