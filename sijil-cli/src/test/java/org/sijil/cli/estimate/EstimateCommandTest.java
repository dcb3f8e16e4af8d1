package org.sijil.cli.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;
import org.sijil.cli.SijilMain;

class EstimateCommandTest {

  @TempDir Path dir;

  /** The published overall Gaza table as a person-level file, with synthetic ages and sexes. */
  Path gazaFile() throws IOException {
    int[][] cells = {
      {1, 0, 0, 19_048},
      {0, 1, 0, 5_104},
      {0, 0, 1, 1_469},
      {1, 1, 0, 1_929},
      {1, 0, 1, 1_173},
      {0, 1, 1, 351},
      {1, 1, 1, 197}
    };
    List<String> lines = new ArrayList<>();
    lines.add("id,list1,list2,list3,age,gender");
    Random random = new Random(7);
    int id = 0;
    for (int[] cell : cells) {
      for (int i = 0; i < cell[3]; i++) {
        String age = random.nextInt(50) == 0 ? "" : String.valueOf(random.nextInt(90));
        String sex = random.nextBoolean() ? "male" : "female";
        lines.add(++id + "," + cell[0] + "," + cell[1] + "," + cell[2] + "," + age + "," + sex);
      }
    }
    Path file = dir.resolve("lists.csv");
    Files.write(file, lines);
    return file;
  }

  @Test
  void reproducesThePublishedOverallEstimateAsJson() throws IOException {
    Run r =
        run(
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--interval",
            "wald",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(64_741, Math.round(json.get("total").get("estimate").asDouble()));
    assertEquals(58_386, Math.round(json.get("total").get("lower").asDouble()));
    assertEquals(72_487, Math.round(json.get("total").get("upper").asDouble()));
    assertEquals(35_470, Math.round(json.get("unlisted").get("estimate").asDouble()));
    assertEquals(8, json.get("models").size());
    assertEquals(1, json.get("strata").size());
    assertEquals("wald", json.get("models").get(0).get("interval").asText());
    assertTrue(json.get("method").toString().contains("Wald"));
    assertEquals(3, json.get("coverage").size());
  }

  @Test
  void stratifiedTextReportsDroppedPeopleAndWritesAChart() throws IOException {
    Path chart = dir.resolve("chart.svg");
    Run r =
        run(
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--strata",
            "age,gender",
            "--chart",
            chart.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("0-14 female"), r.out());
    assertTrue(r.out().contains("60+ male"), r.out());
    assertTrue(r.out().contains("profile likelihood"), r.out());
    assertTrue(r.out().contains("dropped"), r.out());
    String svg = Files.readString(chart);
    assertTrue(svg.startsWith("<svg") && svg.contains("60+ male") && svg.trim().endsWith("</svg>"));
  }

  @Test
  void imputationKeepsEveryoneAndCsvTablesPrint() throws IOException {
    Run r =
        run(
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--strata",
            "age",
            "--age-bands",
            "0,30,60",
            "--impute",
            "3",
            "--format",
            "csv",
            "--csv-table",
            "strata");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertTrue(lines[0].startsWith("stratum,listed,unlisted"), lines[0]);
    assertEquals("sum,29271", lines[lines.length - 1].substring(0, 9));
  }

  @Test
  void bootstrapIsLabelled() throws IOException {
    Run r =
        run(
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--average-interval",
            "bootstrap",
            "--bootstrap",
            "200",
            "--format",
            "csv");
    assertEquals(0, r.code(), r.err());
    Run text =
        run(
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--average-interval",
            "bootstrap",
            "--bootstrap",
            "200");
    assertTrue(text.out().contains("parametric bootstrap"), text.out());
  }

  @Test
  void twoListsGiveLincolnPetersenChapmanAndTheWarning() throws IOException {
    Run r = run("estimate", gazaFile().toString(), "--lists", "list1,list2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Lincoln-Petersen") && r.out().contains("Chapman"), r.out());
    assertTrue(r.out().contains("cannot test independence"), r.out());
    assertTrue(
        r.out().contains("27802 people listed") || r.out().contains("27,802 people listed"),
        r.out());
  }

  @Test
  void badMembershipValueNamesFileRowAndField() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.write(file, List.of("a,b", "1,0", "1,x"));
    Run r = run("estimate", file.toString(), "--lists", "a,b");
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.err().contains("row 3") && r.err().contains("'b'"), r.err());
  }

  @Test
  void peopleOnNoneOfTheChosenListsAreLeftOutAndCounted() throws IOException {
    Run r = run("estimate", gazaFile().toString(), "--lists", "list1,list2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("1469 rows") && r.err().contains("left out"), r.err());
  }

  @Test
  void unknownColumnIsAUserError() throws IOException {
    Run r = run("estimate", gazaFile().toString(), "--lists", "list1,list9");
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.err().contains("list9"), r.err());
  }

  @Test
  void registerModeWithoutLinkedPersonsIsAClearUserError() {
    Run r = run("estimate", "--db", dir.resolve("none.db").toString(), "--lists", "moh,obituaries");
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.out().isEmpty(), "a user error prints nothing on standard output: " + r.out());
    assertTrue(r.err().startsWith("sijil: register"), r.err());
  }
}
