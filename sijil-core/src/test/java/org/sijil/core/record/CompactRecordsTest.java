package org.sijil.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every record comes back from the columns equal to the one added. Artificial values only. */
class CompactRecordsTest {

  private static final String[] HEADERS = {"id", "name", "latin", "age", "dob", "place", "note"};

  /** A record as the list reader makes it: canonical texts are the cells trimmed. */
  private static CasualtyRecord row(int row, String... cells) {
    RawRow raw = new RawRow(HEADERS, List.of(cells));
    return new CasualtyRecord(
        row,
        trimmed(cells[0]),
        trimmed(cells[1]),
        trimmed(cells[2]),
        cells[3].isBlank() ? null : Age.ofYears(Integer.parseInt(cells[3].strip())),
        cells[4].isBlank() ? null : LocalDate.parse(cells[4]),
        row % 2 == 0 ? Sex.MALE : null,
        null,
        null,
        trimmed(cells[5]),
        raw);
  }

  private static String trimmed(String s) {
    return s.strip().isEmpty() ? null : s.strip();
  }

  @Test
  void recordsComeBackEqualWithTheirCells() {
    List<CasualtyRecord> given = new ArrayList<>();
    given.add(row(1, "17", " اسم تجريبي ", "Test Name", "30", "1990-01-02", "مكان", ""));
    given.add(row(3, "", "", "Latin Only", "", "", "", "x"));
    given.add(row(4, "18", "اسم", "", " 7 ", "2001-12-31", "Place", "\uD83D\uDE00 paired"));
    CompactRecords.Builder b = CompactRecords.builder().column(CanonicalField.NAME_AR, 1);
    given.forEach(b::add);
    CompactRecords records = b.build();
    assertEquals(given, records);
    assertEquals(given.get(1).raw(), records.get(1).raw());
    assertEquals(List.of(HEADERS), List.copyOf(records.get(0).raw().keySet()));
    assertEquals(4, records.row(2));
  }

  @Test
  void manyDistinctValuesMoveToBytesAndStayEqual() {
    int n = CellColumn.DICTIONARY_LIMIT + 500;
    CompactRecords.Builder b = CompactRecords.builder();
    List<CasualtyRecord> given = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String lone = i == n - 1 ? "\uD800 lone" : "";
      CasualtyRecord r =
          row(i + 1, "id" + i, "اسم " + i, "Name " + i, "" + (i % 90), "", "p" + (i % 7), lone);
      given.add(r);
      b.add(r);
    }
    CompactRecords records = b.build();
    assertEquals(n, records.size());
    for (int i = 0; i < n; i++) {
      assertEquals(given.get(i), records.get(i), "record " + i);
    }
  }

  /** Each field read from its column equals the field of the record built whole. */
  static void assertColumnsEqualRecords(List<CasualtyRecord> records, RecordColumns columns) {
    assertEquals(records.size(), columns.size());
    for (int i = 0; i < records.size(); i++) {
      CasualtyRecord r = records.get(i);
      for (CanonicalField f : CanonicalField.values()) {
        assertEquals(r.text(f), columns.text(f, i), "record " + i + " " + f);
      }
      assertEquals(r.age(), columns.age(i), "record " + i);
      assertEquals(r.dob(), columns.dob(i), "record " + i);
      assertEquals(r.dod(), columns.dod(i), "record " + i);
    }
  }

  @Test
  void fieldsReadByColumnEqualTheRecords() {
    List<CasualtyRecord> given = new ArrayList<>();
    given.add(row(1, "17", " اسم تجريبي ", "Test Name", "30", "1990-01-02", "مكان", ""));
    given.add(row(3, "", "", "Latin Only", "", "", "", "x"));
    given.add(row(4, "18", "اسم", "", " 7 ", "2001-12-31", "Place", "\uD83D\uDE00 paired"));
    Map<String, String> raw = new LinkedHashMap<>();
    for (String h : HEADERS) {
      raw.put(h, "");
    }
    raw.put("name", "raw text");
    given.add(
        new CasualtyRecord(
            9,
            "kept id",
            "a corrected name",
            null,
            null,
            null,
            Sex.FEMALE,
            "src",
            LocalDate.of(2024, 2, 29),
            null,
            raw));
    CompactRecords.Builder b = CompactRecords.builder();
    given.forEach(b::add);
    CompactRecords records = b.build();
    assertColumnsEqualRecords(given, records);
    assertColumnsEqualRecords(given, RecordColumns.of(given));
    assertColumnsEqualRecords(given, RecordColumns.of(new java.util.LinkedList<>(given)));
    assertSame(records, RecordColumns.of(records));
    assertThrows(IndexOutOfBoundsException.class, () -> records.text(CanonicalField.ID, 4));
  }

  @Test
  void valuesThatAreNotTheirCellAreKept() {
    Map<String, String> raw = new LinkedHashMap<>();
    raw.put("name", "raw text");
    raw.put("other", "");
    CasualtyRecord r =
        new CasualtyRecord(
            5, null, "a corrected name", null, null, null, null, "src", null, null, raw);
    CompactRecords records = CompactRecords.builder().add(r).build();
    assertEquals(r, records.get(0));
  }

  @Test
  void rowsWithOtherColumnsAreRefused() {
    CompactRecords.Builder b = CompactRecords.builder();
    b.add(row(1, "1", "a", "b", "", "", "", ""));
    CasualtyRecord other =
        new CasualtyRecord(2, "2", null, null, null, null, null, null, null, null, Map.of("x", ""));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(other));
    assertTrue(e.getMessage().startsWith("row 2"), e.getMessage());
  }

  @Test
  void rowNumbersFromZeroToTheLargestIntAreKeptAndOthersRefused() {
    CompactRecords.Builder b = CompactRecords.builder();
    b.add(onlyRow(0));
    b.add(onlyRow(Integer.MAX_VALUE));
    IllegalArgumentException below =
        assertThrows(IllegalArgumentException.class, () -> b.add(onlyRow(-1)));
    assertEquals("row -1 out of range", below.getMessage());
    long past = Integer.MAX_VALUE + 1L;
    IllegalArgumentException above =
        assertThrows(IllegalArgumentException.class, () -> b.add(onlyRow(past)));
    assertEquals("row 2147483648 out of range", above.getMessage());
    CompactRecords built = b.build();
    assertEquals(List.of(onlyRow(0), onlyRow(Integer.MAX_VALUE)), built);
    IllegalStateException after =
        assertThrows(IllegalStateException.class, () -> b.add(onlyRow(1)));
    assertEquals("already built", after.getMessage());
  }

  @Test
  void moreRowsThanTheFirstArrayHoldsComeBackEqual() {
    List<CasualtyRecord> records = new ArrayList<>();
    CompactRecords.Builder b = CompactRecords.builder();
    for (int i = 1; i <= 2500; i++) {
      records.add(onlyRow(i));
      b.add(records.get(i - 1));
    }
    assertEquals(records, b.build());
  }

  @Test
  void aColumnHintPastTheLastColumnIsIgnored() {
    // Seven columns, so 7 is the first index past them; the name is then found from its cell.
    CasualtyRecord r = row(1, "21", "محمد أحمد", "Mohammed Ahmad", "30", "", "غزة", "");
    CompactRecords records =
        CompactRecords.builder().column(CanonicalField.NAME_AR, HEADERS.length).add(r).build();
    assertEquals(List.of(r), records);
    assertEquals("محمد أحمد", records.text(CanonicalField.NAME_AR, 0));
  }

  @Test
  void aRowWithItsColumnsInAnotherOrderIsStoredByHeader() {
    CasualtyRecord first = row(1, "21", "محمد أحمد", "Mohammed Ahmad", "30", "", "غزة", "");
    String[] swapped = {"name", "id", "latin", "age", "dob", "place", "note"};
    RawRow raw = new RawRow(swapped, List.of("أحمد علي", "22", "Ahmad Ali", "41", "", "رفح", "اخ"));
    CasualtyRecord second =
        new CasualtyRecord(
            2, "22", "أحمد علي", "Ahmad Ali", Age.ofYears(41), null, null, null, null, "رفح", raw);
    CompactRecords records = CompactRecords.builder().add(first).add(second).build();
    assertEquals(List.of(first, second), records);
    assertEquals("22", records.get(1).raw().get("id"));
    assertEquals("أحمد علي", records.get(1).raw().get("name"));
    assertEquals(List.of(HEADERS), List.copyOf(records.get(1).raw().keySet()));
  }

  @Test
  void aRowWithAsManyColumnsUnderAnotherNameIsRefused() {
    CompactRecords.Builder b = CompactRecords.builder();
    b.add(row(1, "21", "محمد أحمد", "Mohammed Ahmad", "30", "", "غزة", ""));
    Map<String, String> renamed = new LinkedHashMap<>();
    for (String h : HEADERS) {
      renamed.put(h.equals("note") ? "remark" : h, "");
    }
    CasualtyRecord other =
        new CasualtyRecord(2, null, null, null, null, null, null, null, null, null, renamed);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.add(other));
    assertEquals(
        "row 2: columns [id, name, latin, age, dob, place, remark] differ from"
            + " [id, name, latin, age, dob, place, note]",
        e.getMessage());
  }

  private static CasualtyRecord onlyRow(long row) {
    RawRow raw = new RawRow(HEADERS, List.of("", "", "", "", "", "", ""));
    return new CasualtyRecord(row, null, null, null, null, null, null, null, null, null, raw);
  }
}
