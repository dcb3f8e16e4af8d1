package org.sijil.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled tables hold only single name elements counted often enough to identify nobody. */
class NameStatisticsTest {

  private static final String ARABIC_WORD = "[\\u0621-\\u064A]{2,}";

  @Test
  void roleTablesHoldOnlySingleArabicWordsCountedAtLeastTheThreshold() {
    for (String table :
        List.of(NameStatistics.GIVEN_MALE, NameStatistics.GIVEN_FEMALE, NameStatistics.FAMILY)) {
      List<String[]> rows = CountTableIo.readResource(table, "name", "count");
      assertTrue(rows.size() > 100, table + " has " + rows.size() + " names");
      for (String[] row : rows) {
        assertTrue(row[0].matches(ARABIC_WORD), table + ": not a single word: '" + row[0] + "'");
        assertTrue(
            CountTableIo.parseCount(row, 1, table) >= NameStatisticsDeriver.DEFAULT_MIN_COUNT,
            table + ": " + row[0] + " counted below the threshold");
      }
    }
  }

  @Test
  void compoundPartsAreSingleWordsAfterAKnownPrefix() {
    for (String[] row :
        CountTableIo.readResource(NameStatistics.COMPOUND_PARTS, "prefix", "part", "count")) {
      assertTrue(row[0].equals(ArabicForms.ABD) || row[0].equals(ArabicForms.ABU), row[0]);
      assertTrue(row[1].matches(ARABIC_WORD), "not a single word: '" + row[1] + "'");
      assertTrue(Integer.parseInt(row[2]) >= NameStatisticsDeriver.DEFAULT_MIN_COUNT, row[1]);
    }
  }

  @Test
  void romanizationsAreOneWordToOneWord() {
    for (String[] row :
        CountTableIo.readResource(NameStatistics.ROMANIZED, "name", "latin", "count")) {
      assertTrue(row[0].matches(ARABIC_WORD), "not a single word: '" + row[0] + "'");
      assertTrue(
          row[1].matches("[A-Za-z][A-Za-z'-]*"), "not a single Latin word: '" + row[1] + "'");
      assertTrue(Integer.parseInt(row[2]) >= NameStatisticsDeriver.DEFAULT_MIN_COUNT, row[0]);
    }
  }

  @Test
  void agesCoverZeroToNinetyFiveForBothSexes() {
    List<String[]> rows = CountTableIo.readResource(NameStatistics.AGES, "age", "male", "female");
    assertEquals(96, rows.size());
    NameStatistics s = NameStatistics.bundled();
    assertTrue(s.cumulativeAgeBySex[0][95] > 1000 && s.cumulativeAgeBySex[1][95] > 1000);
  }

  @Test
  void bundledTablesLoadWithCompoundsForBothPrefixes() {
    NameStatistics s = NameStatistics.bundled();
    assertTrue(s.partsOf(ArabicForms.ABD).size() > 20);
    assertTrue(s.partsOf(ArabicForms.ABU).size() > 50);
    assertEquals("محمد", s.givenMale.name(0), "the most frequent male name comes first");
  }
}
