package org.sijil.cli.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;

/** {@code sijil incidents}: import (twice), rejects by row and field, list, show, types. */
class IncidentsCommandTest {

  @TempDir Path dir;

  @Test
  void importsListsAndShowsTheSyntheticFile() throws Exception {
    Path db = dir.resolve("r.db");
    Path file = Path.of("../examples/synthetic-incidents.csv");
    Cli.Run first = Cli.ok("incidents", "import", "--db", db, "--by", "tester", file);
    assertTrue(first.out().contains("10 added, 0 changed, 0 unchanged, 0 rejected"), first.out());
    Cli.Run again = Cli.ok("incidents", "import", "--db", db, file);
    assertTrue(again.out().contains("0 added, 0 changed, 10 unchanged"), again.out());
    Cli.Run after =
        Cli.ok("incidents", "list", "--db", db, "--after", "2023-11-24", "--format", "json");
    assertEquals(3, after.json().size());
    assertEquals("SYN-0008", after.json().get(0).get("id").asText());
    Cli.Run show = Cli.ok("incidents", "show", "--db", db, "SYN-0002");
    assertEquals("confirmed", show.json().get("attribution_grade").asText());
    assertEquals("tester", show.json().get("history").get(0).get("by").asText());
    assertEquals(1, Cli.run("incidents", "show", "--db", db, "SYN-9").code());
    Cli.ok(
        "incidents",
        "types",
        "--db",
        db,
        "--add",
        "drone",
        "--en",
        "Drone strike",
        "--ar",
        "غارة بطائرة مسيّرة");
    assertTrue(Cli.ok("incidents", "types", "--db", db).out().contains("drone"));
  }

  @Test
  void writesTheDossierAsPdf() throws Exception {
    Path db = dir.resolve("r.db");
    Cli.ok("incidents", "import", "--db", db, Path.of("../examples/synthetic-incidents.csv"));
    Path out = dir.resolve("dossier");
    Cli.Run r =
        Cli.ok(
            "incidents",
            "dossier",
            "--db",
            db,
            "--incident",
            "SYN-0002",
            "--out",
            out,
            "--format",
            "pdf");
    assertTrue(r.out().contains("dossier.pdf"), r.out());
    try (var doc = org.apache.pdfbox.Loader.loadPDF(out.resolve("dossier.pdf").toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(text.contains("incident SYN-0002"), text);
      assertTrue(text.contains("killed_min: 9"), text);
    }
    Cli.Run bad =
        Cli.run(
            "incidents",
            "dossier",
            "--db",
            db,
            "--incident",
            "SYN-0002",
            "--out",
            out,
            "--format",
            "xml");
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("json or pdf"), bad.err());
    Cli.ok(
        "incidents",
        "dossier",
        "--db",
        db,
        "--incident",
        "SYN-0002",
        "--out",
        out,
        "--format",
        "pdf",
        "--lang",
        "ar");
    Cli.Run badLang =
        Cli.run(
            "incidents",
            "dossier",
            "--db",
            db,
            "--incident",
            "SYN-0002",
            "--out",
            out,
            "--format",
            "pdf",
            "--lang",
            "fr");
    assertEquals(1, badLang.code());
    assertTrue(badLang.err().contains("en or ar"), badLang.err());
  }

  @Test
  void badRowsAreReportedByRowAndField() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "id,date,governorate,type,description_en\n"
            + "SYN-A,2024-01-09,rafah,shelling,Synthetic.\n"
            + "SYN-B,2024-01-09,rafah,shelling,\n");
    Cli.Run r = Cli.ok("incidents", "import", "--db", dir.resolve("r.db"), bad);
    assertTrue(r.out().contains("1 added") && r.out().contains("1 rejected"), r.out());
    assertTrue(r.out().contains("description_en"), r.out());
    Cli.Run none =
        Cli.run("incidents", "import", "--db", dir.resolve("r.db"), dir.resolve("none.csv"));
    assertEquals(1, none.code());
    assertTrue(none.err().contains("none.csv"), none.err());
  }
}
