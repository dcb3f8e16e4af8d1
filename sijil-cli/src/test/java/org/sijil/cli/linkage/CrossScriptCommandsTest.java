package org.sijil.cli.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sijil.cli.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli.Run;

/**
 * Issue 15: an Arabic-only list links to a Latin-only list with no options, and link reads its
 * files as import does (a TSV with a title line and headers named by a mapping).
 */
class CrossScriptCommandsTest {

  @TempDir static Path dir;
  static Path arabic;
  static Path latin;
  static Path both;
  static Path mapping;

  /** Persons 0..599 on the Arabic list, 200..899 on the Latin one; names composed at random. */
  @BeforeAll
  static void lists() throws IOException {
    Random rnd = new Random(11);
    List<String> ar = new ArrayList<>(List.of("person,name,age,sex"));
    List<String> en =
        new ArrayList<>(
            List.of(
                "Synthetic list, romanized (test data)",
                "Person\tFull name in English\tYears\tSex"));
    List<String> all = new ArrayList<>(List.of("person,name,en_name,age,sex"));
    String[] given = LinkageCommandsTest.GIVEN;
    for (int i = 0; i < 900; i++) {
      int g = rnd.nextInt(given.length);
      int f = rnd.nextInt(10);
      int gf = rnd.nextInt(10);
      int fam = rnd.nextInt(LinkageCommandsTest.FAMILY.length);
      int age = 1 + rnd.nextInt(80);
      String sex = g < 10 ? "m" : "f";
      String nameAr =
          given[g] + " " + given[f] + " " + given[gf] + " " + LinkageCommandsTest.FAMILY[fam];
      String nameEn =
          LinkageCommandsTest.LATIN[g]
              + " "
              + LinkageCommandsTest.LATIN[f]
              + " "
              + LinkageCommandsTest.LATIN[gf]
              + " "
              + LinkageCommandsTest.FAMILY_EN[fam];
      if (i < 600) {
        ar.add(String.join(",", "P" + i, nameAr, String.valueOf(age), sex));
      }
      if (i >= 200) {
        en.add(String.join("\t", "P" + i, nameEn, String.valueOf(age), sex));
      }
      all.add(String.join(",", "P" + i, nameAr, nameEn, String.valueOf(age), sex));
    }
    arabic = dir.resolve("arabic.csv");
    latin = dir.resolve("latin.tsv");
    both = dir.resolve("both.csv");
    mapping = dir.resolve("mapping.txt");
    Files.write(arabic, ar, StandardCharsets.UTF_8);
    Files.write(latin, en, StandardCharsets.UTF_8);
    Files.write(both, all, StandardCharsets.UTF_8);
    Files.write(
        mapping,
        List.of("Full name in English = name_en", "Years = age", "Person = -"),
        StandardCharsets.UTF_8);
  }

  @Test
  void linksAnArabicOnlyListToALatinOnlyListReadAsImportReadsIt() throws IOException {
    Path out = dir.resolve("links.csv");
    Run r =
        run(
            "link",
            arabic.toString(),
            latin.toString(),
            "--mapping",
            mapping.toString(),
            "--carry",
            "person",
            "--one-to-one",
            "--threads",
            "1",
            "--out",
            out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("name_cross"), r.err());
    List<String> lines = Files.readAllLines(out);
    int same = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",");
      same += c[3].equals(c[4]) ? 1 : 0;
    }
    // 400 persons are on both lists; names are shared by few, ages and sexes tell most apart.
    assertTrue(
        same >= 340 && lines.size() - 1 - same <= 20, "same " + same + " of " + (lines.size() - 1));
  }

  @Test
  void evaluateBuildsTheCrossScriptCase() {
    Run r =
        run(
            "evaluate",
            both.toString(),
            both.toString(),
            "--truth",
            "person",
            "--case",
            "arabic-latin",
            "--one-to-one",
            "--threads",
            "1");
    assertEquals(0, r.code(), r.err());
    java.util.regex.Matcher f1 =
        java.util.regex.Pattern.compile("f1\\s+([0-9.]+)").matcher(r.out());
    assertTrue(f1.find() && Double.parseDouble(f1.group(1)) > 0.9, r.out());
  }
}
