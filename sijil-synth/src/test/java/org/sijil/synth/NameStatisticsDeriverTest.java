package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NameStatisticsDeriverTest {

  @TempDir Path dir;

  private static Map<String, String> read(Path file, String... header) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String[] row : CountTableIo.read(r, file.toString(), header)) {
        boolean parts = header[0].equals("prefix");
        out.put(
            parts ? row[0] + "+" + row[1] : row[0],
            parts ? row[2] : String.join("|", List.of(row).subList(1, row.length)));
      }
    }
    return out;
  }

  @Test
  void countsSingleElementsByRoleMergingSpellingsAndCompounds() throws IOException {
    NameStatisticsDeriver d = new NameStatisticsDeriver(2);
    // names composed of common parts, not real people
    d.add("", "محمد عبدالرحمن احمد حسن", "Muhammad Abdalrahman Ahmed Hassan", "m", "30");
    d.add("", "محمد عبد الرحمن أحمد حسن", "Muhammad Abd Alrahman Ahmed Hassan", "m", "31");
    d.add("", "أحمد علي بلال ابوشماله", "Ahmed Ali Bilal Abushamala", "m", "4");
    d.add("", "احمد علي بالل أبو شماله", "Ahmed Ali Bilal Abu-shamala", "m", "5");
    d.add("", "احمد علي بلال أبو شماله", "Ahmed Ali Bilal Abu-shamala", "m", "5");
    d.add("", "مريم عبدهللا محمد حسن", "Mariam Abdullah Muhammad Hassan", "f", "7 months");
    d.add("", "مريم عبدالله محمد حسن", "Mariam Abdullah Muhammad Hassan", "f", "0");
    d.writeTo(dir);

    Map<String, String> male = read(dir.resolve(NameStatistics.GIVEN_MALE), "name", "count");
    assertEquals("5", male.get("احمد"), "أحمد and احمد as one name, written as the commoner");
    assertFalse(male.containsKey("أحمد"));
    assertEquals("4", male.get("عبد"), "compounds counted under their prefix: " + male);
    assertEquals("3", male.get("بلال"), "بالل folded into بلال: " + male);
    assertFalse(male.containsKey("بالل"));
    Map<String, String> parts =
        read(dir.resolve(NameStatistics.COMPOUND_PARTS), "prefix", "part", "count");
    assertEquals("2", parts.get("عبد+الرحمن"), parts.toString());
    assertEquals("2", parts.get("عبد+الله"), "هللا repaired: " + parts);
    assertEquals("3", parts.get("ابو+شماله"), parts.toString());
    Map<String, String> family = read(dir.resolve(NameStatistics.FAMILY), "name", "count");
    assertEquals("4", family.get("حسن"));
    assertEquals("3", family.get("ابو"), family.toString());
    Map<String, String> female = read(dir.resolve(NameStatistics.GIVEN_FEMALE), "name", "count");
    assertEquals(Map.of("مريم", "2"), female);
    Map<String, String> latin =
        read(dir.resolve(NameStatistics.ROMANIZED), "name", "latin", "count");
    assertEquals("Muhammad|4", latin.get("محمد"));
    assertEquals("Abdullah|2", latin.get("عبدالله"), "هللا repaired before counting: " + latin);
    Map<String, String> ages = read(dir.resolve(NameStatistics.AGES), "age", "male", "female");
    assertEquals("1|0", ages.get("30"));
    assertEquals("0|1", ages.get("0"), "'7 months' is not a whole-year age: " + ages.get("0"));
  }

  @Test
  void dropsElementsBelowTheThresholdAndCountsAnIdOnce() throws IOException {
    NameStatisticsDeriver d = new NameStatisticsDeriver(3);
    for (int i = 0; i < 3; i++) {
      d.add("400000001", "خالد محمد علي حسن", "", "m", "20"); // the same person in three releases
    }
    d.add("", "خالد يوسف علي حسن", "", "m", "20");
    d.add("", "خالد يوسف علي حسن", "", "m", "20");
    assertEquals(3, d.rowsUsed());
    d.writeTo(dir);
    Map<String, String> male = read(dir.resolve(NameStatistics.GIVEN_MALE), "name", "count");
    assertEquals(Map.of("خالد", "3", "علي", "3"), male, "محمد (1) and يوسف (2) dropped");
  }

  @Test
  void unidentifiedPeopleAndLineageConnectorsAreNotNames() throws IOException {
    NameStatisticsDeriver d = new NameStatisticsDeriver(2);
    d.add("", "مجهول مجهول مجهول مجهول", "", "m", "30");
    d.add("", "مجهول", "", "m", "30");
    d.add("", "حسن علي حسن بن سعيد", "Hassan Ali Hassan Bin Saeed", "m", "30");
    d.add("", "يوسف علي حسن بن سعيد", "Yousef Ali Hassan Bin Saeed", "m", "30");
    d.add("", "خالد علي حسن غير", "", "m", "30");
    d.add("", "خالد علي حسن غير", "", "m", "30");
    d.writeTo(dir);
    Map<String, String> male = read(dir.resolve(NameStatistics.GIVEN_MALE), "name", "count");
    assertEquals(Map.of("علي", "4", "حسن", "5", "خالد", "2"), male);
    Map<String, String> family = read(dir.resolve(NameStatistics.FAMILY), "name", "count");
    assertEquals(Map.of("سعيد", "2"), family);
    Map<String, String> latin =
        read(dir.resolve(NameStatistics.ROMANIZED), "name", "latin", "count");
    assertFalse(latin.containsKey("بن"), latin.toString());
  }

  @Test
  void rejectsATooLowThreshold() {
    assertThrows(IllegalArgumentException.class, () -> new NameStatisticsDeriver(1));
  }

  @Test
  void splitsJoinedCompoundsButNotShortNamesThatStartLikeThem() {
    List<ArabicForms.Unit> units = ArabicForms.units("عبده ابوبكر عبد الله ابوطه");
    assertEquals(
        List.of(
            new ArabicForms.Unit(null, "عبده"),
            new ArabicForms.Unit("ابو", "بكر"),
            new ArabicForms.Unit("عبد", "الله"),
            new ArabicForms.Unit("ابو", "طه")),
        units);
    assertTrue(ArabicForms.units("محمد").size() == 1);
  }
}
