package org.sijil.cli.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.SijilMain;

/** The developers' commands, moved out of {@code sijil} with their tests. */
class SijilToolsTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SijilTools.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyToolHasHelpAndAMissingBenchmarkIsNamed() {
    for (String[] c :
        new String[][] {
          {"bench", "import"},
          {"bench", "dedupe"},
          {"bench", "estimate"},
          {"bench", "intake"},
          {"bench-names"},
          {"eval-names"}
        }) {
      List<String> args = new ArrayList<>(List.of(c));
      args.add("--help");
      Run r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("Usage: sijil-tools " + String.join(" ", c)), r.out());
    }
    Run none = run("bench");
    assertEquals(SijilMain.EXIT_USER_ERROR, none.code());
    assertTrue(none.err().startsWith("sijil: missing benchmark: import"), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
  }

  @Test
  void benchEstimatePrintsTimings() throws IOException {
    Run r =
        run(
            "bench",
            "estimate",
            gazaFile().toString(),
            "--lists",
            "list1,list2,list3",
            "--runs",
            "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("analysis: median"), r.out());
  }

  @Test
  void evalNamesWithoutDataIsAUserError() {
    Run r = run("eval-names", "--data", dir.toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, r.code());
    assertTrue(r.err().contains("moh"), r.err());
  }

  @Test
  void evalNamesOnSmallSyntheticReleases() throws Exception {
    Path moh = Files.createDirectories(dir.resolve("moh"));
    Files.writeString(
        moh.resolve("moh-list-01-x.csv"),
        """
        id,name,en_name,age,sex
        1,احمد محمد علي النجار,Ahmed Mohammed Ali al-Najjar,30,m
        2,عبد الله خالد سعيد الخطيب,Abdullah Khaled Saeed al-Khatib,20,m
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        moh.resolve("moh-list-03-x.csv"),
        """
        id,name,en_name,age,dob,sex,source
        1,احمد محمد على النجار,Ahmad Muhammad Ali Alnajjar,30,,m,h
        2,عبدهللا خالد سعيد الخطيب,Abdallah Khaled Saeed al-Khatib,20,,m,h
        3,خالد محمد علي النجار,Khaled Mohammed Ali al-Najjar,25,,m,h
        """,
        StandardCharsets.UTF_8);
    Run r = run("eval-names", "--data", dir.toString(), "--format", "csv");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("same-ID pairs,2"), r.out());
    assertTrue(r.out().contains("\"relatives, Arabic: pairs\",1"), r.out());
  }

  /** Three overlapping lists of synthetic rows, as in the estimate command's tests. */
  private Path gazaFile() throws IOException {
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
}
