package org.sijil.cli.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;
import org.sijil.cli.SijilMain;

class NameCommandsTest {

  @Test
  void nameAsJsonShowsEverything() throws Exception {
    Run r = run("name", "عبدهللا", "بالل", "ابو", "القمصان", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("عبدهللا بالل ابو القمصان", json.get("raw").asText());
    assertEquals("arabic", json.get("script").asText());
    assertEquals("ابوالقمصان", json.get("tokens").get(2).get("text").asText());
    assertEquals("family", json.get("tokens").get(2).get("role").asText());
    assertEquals("عبدالله بلال ابوالقمصان", json.get("readings").get(1).get("text").asText());
    assertTrue(json.get("damage").toString().contains("reversed_lam_alef"));
    assertTrue(json.get("keys").has("skeleton"));
    assertEquals("Abdallah Bilal Abu al-Qamsan", json.get("transliteration").asText());
  }

  @Test
  void nameAsTableAndLatin() {
    Run r = run("name", "محمد", "عبد", "الرحمن");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("transliteration"), r.out());
    Run latin = run("name", "Mohammed", "Abdel", "Rahman");
    assertEquals(0, latin.code(), latin.err());
    assertTrue(latin.out().contains("muhamad abdalrahman"), latin.out());
  }

  @Test
  void compareNamesPrintsOneScorePerLineInOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pairs.tsv");
    Files.writeString(
        file,
        "بالل محمد\tبلال محمد\nMohammed Ali\tMuhammad Ali\nمحمد علي\tKhaled Hassan\n",
        StandardCharsets.UTF_8);
    Run r = run("compare-names", file.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(3, lines.length);
    assertEquals("1.0000", lines[0]);
    assertEquals("1.0000", lines[1]);
    assertTrue(Double.parseDouble(lines[2]) < 0.5, lines[2]);
    Run levels = run("compare-names", "--levels", file.toString());
    assertTrue(levels.out().startsWith("1.0000\texact"), levels.out());
  }

  @Test
  void compareNamesNamesTheBadLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pairs.tsv");
    Files.writeString(file, "محمد\tمحمد\nno tab here\n", StandardCharsets.UTF_8);
    Run r = run("compare-names", file.toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.err().contains("pairs.tsv: line 2"), r.err());
    Run missing = run("compare-names", dir.resolve("nope.tsv").toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, missing.code());
    assertTrue(missing.err().contains("no such file"), missing.err());
  }
}
