package org.sijil.cli.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;

class LinkageCommandsTest {

  @TempDir static Path dir;
  static Path left;
  static Path right;

  static final String[] GIVEN = {
    "محمد", "احمد", "علي", "محمود", "خالد", "يوسف", "ابراهيم", "حسن", "عمر", "سامي", "فاطمه",
    "مريم", "سلمى", "نور", "هدى", "ريم"
  };
  static final String[] LATIN = {
    "Muhammad",
    "Ahmed",
    "Ali",
    "Mahmoud",
    "Khaled",
    "Yousef",
    "Ibrahem",
    "Hassan",
    "Omar",
    "Sami",
    "Fatima",
    "Mariam",
    "Salma",
    "Nour",
    "Huda",
    "Reem"
  };
  static final String[] FAMILY = {
    "النجار", "المصري", "الشوا", "حمدان", "عاشور", "سالم", "العطار", "الكرد", "شراب", "الهبيل",
    "عبيد", "جمعه", "ياسين", "حسونه", "غزال", "زايد"
  };
  static final String[] FAMILY_EN = {
    "al-Najjar",
    "al-Masri",
    "al-Shawa",
    "Hamdan",
    "Ashour",
    "Salem",
    "al-Attar",
    "al-Kurd",
    "Shurrab",
    "al-Habil",
    "Obeid",
    "Jumaa",
    "Yassin",
    "Hassouna",
    "Ghazal",
    "Zayed"
  };

  /** Two lists of composed names: persons 0..599 on the left, 200..899 on the right. */
  @BeforeAll
  static void lists() throws IOException {
    Random rnd = new Random(5);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      int g = rnd.nextInt(GIVEN.length);
      int f = rnd.nextInt(10);
      int gf = rnd.nextInt(10);
      int fam = rnd.nextInt(FAMILY.length);
      int year = 1950 + rnd.nextInt(70);
      String dob = String.format("%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      people.add(
          String.join(
              ",",
              "P" + i,
              GIVEN[g] + " " + GIVEN[f] + " " + GIVEN[gf] + " " + FAMILY[fam],
              LATIN[g] + " " + LATIN[f] + " " + LATIN[gf] + " " + FAMILY_EN[fam],
              String.valueOf(2023 - year),
              dob,
              g < 10 ? "m" : "f"));
    }
    List<String> l = new ArrayList<>(List.of("person,name,en_name,age,dob,sex"));
    List<String> r = new ArrayList<>(List.of("person,name,en_name,age,dob,sex"));
    for (int i = 0; i < 600; i++) {
      l.add(people.get(i));
    }
    for (int i = 200; i < 900; i++) {
      r.add(people.get(i));
    }
    left = dir.resolve("left.csv");
    right = dir.resolve("right.csv");
    Files.write(left, l);
    Files.write(right, r);
  }

  @Test
  void linkWritesRowsProbabilityAndCarriedFields() throws IOException {
    Path out = dir.resolve("links.csv");
    Run r =
        run(
            "link",
            left.toString(),
            right.toString(),
            "--carry",
            "person",
            "--one-to-one",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("candidate pairs per blocking rule"), r.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals("left_row,right_row,probability,left_person,right_person", lines.get(0));
    int same = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      same += c[3].equals(c[4]) ? 1 : 0;
      // Rows are 1-based data rows: left row k holds person k-1.
      assertEquals("P" + (Integer.parseInt(c[0]) - 1), c[3]);
    }
    assertTrue(
        same >= 390 && lines.size() - 1 - same <= 8, "same " + same + " of " + (lines.size() - 1));
  }

  @Test
  void evaluateReportsPrecisionRecallAndF1() {
    Run r =
        run(
            "evaluate",
            left.toString(),
            right.toString(),
            "--truth",
            "person",
            "--one-to-one",
            "--threads",
            "1",
            "--format",
            "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"metric\" : \"f1\""), r.out());
    assertTrue(r.err().contains("comparing name_ar"), r.err());
    assertTrue(!r.err().contains("person,"), "the truth field is never compared");
    java.util.Map<String, Double> m = metrics(r);
    // Persons 200..599 are on both lists once each: 400 true pairs.
    assertEquals(400, m.get("true_positives") + m.get("false_negatives"));
    double tp = m.get("true_positives");
    assertEquals(tp / (tp + m.get("false_positives")), m.get("precision"), 1e-5);
    assertEquals(tp / 400, m.get("recall"), 1e-5);
    // Clean composed names with birth dates: every one of the 400 is found and nothing else.
    assertEquals(400, m.get("true_positives"), r.out());
    assertEquals(0, m.get("false_positives"), r.out());
    assertEquals(1.0, m.get("f1"), 0, r.out());
    // Only P200..P499 known: 300 true pairs; links touching other persons are left out.
    Run known =
        run(
            "evaluate",
            left.toString(),
            right.toString(),
            "--truth",
            "person",
            "--truth-pattern",
            "P[2-4]\\d\\d",
            "--one-to-one",
            "--threads",
            "1",
            "--format",
            "json");
    assertEquals(0, known.code(), known.err());
    java.util.Map<String, Double> k = metrics(known);
    assertEquals(300, k.get("true_positives") + k.get("false_negatives"));
    assertTrue(
        k.get("true_positives") + k.get("false_positives") < tp + m.get("false_positives"),
        known.out());
  }

  static java.util.Map<String, Double> metrics(Run r) {
    java.util.Map<String, Double> m = new java.util.HashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode row : r.json()) {
      m.put(row.get("metric").asText(), row.get("value").asDouble());
    }
    return m;
  }

  @Test
  void dedupeWritesRowAndCluster() throws IOException {
    Path both = dir.resolve("both.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(left));
    lines.addAll(Files.readAllLines(right).subList(1, 101));
    Files.write(both, lines);
    Path out = dir.resolve("clusters.csv");
    Run r = run("dedupe", both.toString(), "--carry", "person", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out);
    assertEquals("row,cluster,person", rows.get(0));
    assertEquals(701, rows.size());
    // Row 601 is person 200 again, first seen at row 201.
    assertEquals("601,201,P200", rows.get(601));
  }

  @Test
  void explainPrintsTheWaterfall() {
    Run r = run("explain", left + ":201", right + ":1", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("\"priorWeight\"") && r.out().contains("\"comparison\" : \"name_ar\""),
        r.out());
    Run t = run("explain", left + ":201", right + ":1");
    assertTrue(t.out().contains("match probability"), t.out());
  }

  @Test
  void aRuleOverMaxPairsStopsWithItsName() {
    Run r =
        run(
            "link",
            left.toString(),
            right.toString(),
            "--max-pairs",
            "5",
            "--out",
            dir.resolve("x.csv").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("sijil: blocking rule ar_full produces "), r.err());
  }

  @Test
  void badRowReferenceIsAUserError() {
    Run r = run("explain", left + ":99999", right + ":1");
    assertEquals(1, r.code());
    assertTrue(r.err().contains("has no data row 99999"), r.err());
  }
}
