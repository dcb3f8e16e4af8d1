package org.sijil.cli.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;
import org.sijil.cli.SijilMain;

class SynthCommandTest {

  @TempDir Path dir;

  static List<CSVRecord> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(r)
          .getRecords();
    }
  }

  @Test
  void writesTheRequestedRecordsWithTheCanonicalColumns() throws IOException {
    Path out = dir.resolve("synth.csv");
    Run r =
        run("synth", "--records", "2500", "--lists", "4", "--seed", "9", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("2,500"), r.out());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("id,name_ar,name_en,age,dob,sex,source,dod,place,list,true_person", lines.get(0));
    List<CSVRecord> rows = read(out);
    assertEquals(2500, rows.size());
    Set<String> lists = new HashSet<>();
    rows.forEach(row -> lists.add(row.get("list")));
    assertEquals(Set.of("hospital", "family-report", "obituaries", "civil-defence"), lists);
    assertTrue(rows.stream().anyMatch(row -> row.get("id").isEmpty()), "some IDs missing");
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");
    assertEquals(0, run("synth", "--records", "3000", "--seed", "5", "--out", a.toString()).code());
    assertEquals(0, run("synth", "--records", "3000", "--seed", "5", "--out", b.toString()).code());
    assertEquals(0, run("synth", "--records", "3000", "--seed", "6", "--out", c.toString()).code());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertTrue(!java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));
  }

  @Test
  void splitWritesOneFilePerListInsteadThatTogetherHoldEveryRecord() throws IOException {
    Path out = dir.resolve("lists.csv");
    Run r = run("synth", "--records", "1200", "--lists", "3", "--split", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    int total = 0;
    for (String list : List.of("hospital", "family-report", "obituaries")) {
      Path file = dir.resolve("lists-" + list + ".csv");
      List<CSVRecord> rows = read(file);
      rows.forEach(row -> assertEquals(list, row.get("list")));
      total += rows.size();
    }
    assertEquals(1200, total);
    assertTrue(!Files.exists(out), "no combined file with --split");
  }

  @Test
  void cleanRecordsWithDamageNone() throws IOException {
    Path out = dir.resolve("clean.csv");
    assertEquals(
        0, run("synth", "--records", "500", "--damage", "none", "--out", out.toString()).code());
    for (CSVRecord row : read(out)) {
      assertTrue(!row.get("name_ar").contains("هللا"), row.toString());
    }
  }

  @Test
  void badArgumentsAreUserErrors() {
    Run zero = run("synth", "--records", "0", "--out", dir.resolve("x.csv").toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, zero.code());
    assertTrue(zero.err().contains("--records"), zero.err());
    Run noDir = run("synth", "--records", "5", "--out", dir.resolve("no/such/x.csv").toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, noDir.code());
    assertTrue(noDir.err().contains("does not exist"), noDir.err());
    assertEquals(SijilMain.EXIT_USER_ERROR, run("synth", "--out", "x.csv").code());
    Run aFolder = run("synth", "--records", "5", "--out", dir.toString());
    assertEquals(SijilMain.EXIT_USER_ERROR, aFolder.code(), aFolder.err());
    assertTrue(aFolder.err().startsWith("sijil: cannot write "), aFolder.err());
  }
}
