package org.sijil.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact columns behind {@link CompactRecords}, each rule at its edge: code widths, growth,
 * the dictionary limit, byte pages and their length prefixes, texts UTF-8 cannot carry.
 */
class ColumnStorageTest {

  @Test
  void codesWidenPastACharAndKeepTheEarlierCodes() {
    Codes codes = new Codes();
    codes.add(0);
    codes.add(Character.MAX_VALUE);
    codes.add(Character.MAX_VALUE + 1);
    codes.add(7);
    assertEquals(4, codes.size());
    assertEquals(0, codes.get(0));
    assertEquals(65_535, codes.get(1));
    assertEquals(65_536, codes.get(2));
    assertEquals(7, codes.get(3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codes.add(-1));
    assertEquals("negative code -1", e.getMessage());
  }

  @Test
  void codesGrowPastTheirFirstArrayInBothWidths() {
    Codes narrow = new Codes();
    Codes wide = new Codes();
    wide.add(100_000);
    for (int i = 0; i < 3000; i++) {
      narrow.add(i);
      wide.add(i);
    }
    narrow.trim();
    wide.trim();
    assertEquals(3000, narrow.size());
    assertEquals(3001, wide.size());
    assertEquals(2999, narrow.get(2999));
    assertEquals(1024, narrow.get(1024));
    assertEquals(100_000, wide.get(0));
    assertEquals(2999, wide.get(3000));
  }

  @Test
  void growthIsHalfAgainWithAFloorOf16AndALimit() {
    assertEquals(16, Codes.grown(0));
    assertEquals(16, Codes.grown(11)); // 11 + 5
    assertEquals(18, Codes.grown(12)); // 12 + 6
    assertEquals(1536, Codes.grown(1024));
    // 1,431,655,754 + 715,827,877 = Integer.MAX_VALUE - 16, the largest array it hands out
    assertEquals(Integer.MAX_VALUE - 16, Codes.grown(1_431_655_754));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Codes.grown(1_431_655_755));
    assertEquals("more than 1431655755 values in one column", e.getMessage());
  }

  @Test
  void aColumnStaysADictionaryUpToItsLimitOfDistinctTexts() {
    CellColumn column = new CellColumn();
    for (int i = 0; i < CellColumn.DICTIONARY_LIMIT; i++) {
      column.add("t" + i);
    }
    column.add("t0");
    assertFalse(column.isBytes());
    assertEquals(CellColumn.DICTIONARY_LIMIT + 1, column.size());
    column.add("one more");
    assertTrue(column.isBytes());
    assertEquals(CellColumn.DICTIONARY_LIMIT + 2, column.size());
    assertEquals("t0", column.get(0));
    assertEquals("t65535", column.get(65_535));
    assertEquals("t0", column.get(65_536));
    assertEquals("one more", column.get(65_537));
  }

  @Test
  void byteTextsKeepTheirLengthsAcrossPagesAndAfterTrim() {
    CellColumn column = bytesColumn();
    int first = column.size();
    String arabic = "محمد".repeat(40); // 160 letters, 320 bytes: a two-byte length
    String long3 = "a".repeat(20_000); // a three-byte length
    String huge = "b".repeat(CellColumn.PAGE + 10); // longer than a page: a page of its own
    String fill = "c".repeat(1000);
    column.add(arabic);
    column.add(long3);
    column.add(huge);
    column.add("");
    for (int i = 0; i < 1100; i++) { // 1.1 MB: fills one page and starts the next
      column.add(fill + i);
    }
    column.trim();
    assertEquals(arabic, column.get(first));
    assertEquals(long3, column.get(first + 1));
    assertEquals(huge, column.get(first + 2));
    assertEquals("", column.get(first + 3));
    for (int i = 0; i < 1100; i++) {
      assertEquals(fill + i, column.get(first + 4 + i));
    }
    assertEquals("t0", column.get(0));
    assertEquals(first + 1104, column.size());
  }

  @Test
  void everyCharOutsideTheSurrogatesIsWrittenAsUtf8AndReadBack() {
    CellColumn column = bytesColumn();
    int first = column.size();
    // Each UTF-8 width at its edges, then every other char of the basic plane in runs of 64.
    String edges = "\u0000\u007F\u0080\u07FF\u0800\uD7FF\uE000\uFFFF";
    column.add(edges);
    int runs = 0;
    StringBuilder run = new StringBuilder();
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        run.append((char) c);
      }
      if (run.length() == 64 || c == 0xFFFF) {
        column.add(run.toString());
        run.setLength(0);
        runs++;
      }
    }
    column.trim();
    assertEquals(edges, column.get(first));
    run.setLength(0);
    int at = first + 1;
    for (int c = 0; c <= 0xFFFF; c++) {
      if (!Character.isSurrogate((char) c)) {
        run.append((char) c);
      }
      if (run.length() == 64 || c == 0xFFFF) {
        assertEquals(run.toString(), column.get(at++));
        run.setLength(0);
      }
    }
    assertEquals(first + 1 + runs, column.size());
  }

  @Test
  void aLoneSurrogateIsKeptAsWrittenAndAPairAsBytes() {
    CellColumn column = bytesColumn();
    int first = column.size();
    String lone = "x\uD800y";
    String pair = "x\uD835\uDC00y"; // a letter outside the basic plane: valid UTF-16
    column.add(lone);
    column.add(pair);
    column.add("after");
    column.trim();
    assertEquals(lone, column.get(first));
    assertEquals(pair, column.get(first + 1));
    assertEquals("after", column.get(first + 2));
  }

  @Test
  void aDictionaryColumnReadsTheSameAfterTrim() {
    CellColumn column = new CellColumn();
    column.add("غزة");
    column.add("خان يونس");
    column.add("غزة");
    column.trim();
    assertFalse(column.isBytes());
    assertEquals(3, column.size());
    assertEquals("غزة", column.get(2));
    assertEquals("خان يونس", column.get(1));
  }

  @Test
  void aValueColumnCodesNullAsAValueAndCountsDistinctOthers() {
    ValueColumn<Integer> ages = new ValueColumn<>();
    assertEquals(0, ages.distinct());
    ages.add(30);
    ages.add(null);
    ages.add(30);
    ages.add(4);
    ages.trim();
    assertEquals(4, ages.size());
    assertEquals(2, ages.distinct());
    assertEquals(30, ages.get(0));
    assertNull(ages.get(1));
    assertEquals(30, ages.get(2));
    assertEquals(4, ages.get(3));
  }

  @Test
  void aDateColumnKeyedByEpochDayCodesEachDistinctDateOnceAndReadsEveryRowBack() {
    ValueColumn<LocalDate> dates = new ValueColumn<>(LocalDate::toEpochDay);
    List<LocalDate> added = new ArrayList<>();
    Random random = new Random(5);
    for (int i = 0; i < 100_000; i++) {
      LocalDate d = i % 7 == 0 ? null : LocalDate.of(1930, 1, 1).plusDays(random.nextInt(35_000));
      added.add(d);
      dates.add(d);
    }
    dates.add(LocalDate.MIN);
    dates.add(LocalDate.MAX);
    added.add(LocalDate.MIN);
    added.add(LocalDate.MAX);
    long distinct = added.stream().filter(Objects::nonNull).distinct().count();
    dates.trim();
    assertEquals(distinct, dates.distinct());
    for (int i = 0; i < added.size(); i++) {
      assertEquals(added.get(i), dates.get(i), "row " + i);
    }
  }

  @Test
  void longCodesFindEveryKeyAndNoOtherWhileGrowing() {
    LongCodes codes = new LongCodes();
    long[] keys = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, 64, 128};
    for (int i = 0; i < keys.length; i++) {
      codes.put(keys[i], i + 1);
    }
    for (int i = 0; i < 10_000; i++) {
      codes.put(1_000_000L + i * 64L, 100 + i);
    }
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i + 1, codes.get(keys[i]));
    }
    for (int i = 0; i < 10_000; i++) {
      assertEquals(100 + i, codes.get(1_000_000L + i * 64L));
      assertEquals(0, codes.get(1_000_001L + i * 64L));
    }
  }

  /** A column already past its dictionary limit, so every added text is stored as bytes. */
  private static CellColumn bytesColumn() {
    CellColumn column = new CellColumn();
    for (int i = 0; i <= CellColumn.DICTIONARY_LIMIT; i++) {
      column.add("t" + i);
    }
    assertTrue(column.isBytes());
    return column;
  }
}
