package org.sijil.store.duckdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;

/**
 * Whole-table appends into DuckDB go through its appender ({@link AppenderRows}): every value type
 * {@link RegisterTables} carries reads back exactly, whatever order the columns are given in, a
 * column left out gets its default, and a value of another integer width fits its column.
 */
class DuckDbAppenderRowsTest {

  /** Not the table's order; {@code note} (with a default) left out. */
  private static final List<String> COLUMNS = List.of("flag", "ts", "id", "n", "t", "b", "d", "x");

  @TempDir Path dir;

  @Test
  void everyValueTypeReadsBackExactlyInAnyColumnOrder() throws Exception {
    Path file = dir.resolve("values.db");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE copy_values (id BIGINT, n INTEGER, t VARCHAR, b BLOB, d DATE,"
              + " ts TIMESTAMP, x DOUBLE, flag BOOLEAN, note VARCHAR DEFAULT 'none')");
    }
    List<Object[]> rows =
        List.of(
            new Object[] {
              true,
              LocalDateTime.of(2026, 12, 5, 6, 7, 8, 123_456_000),
              1L,
              7L, // a long into an INTEGER column, as another backend may read it
              "tab\there\nline \\ back\\slash\r عبد الله",
              new byte[] {0, 1, (byte) 255},
              LocalDate.of(2024, 2, 29),
              0.1 + 0.2
            },
            new Object[] {false, null, 2, null, null, new byte[0], null, Double.NaN},
            new Object[] {
              null, LocalDateTime.of(2026, 1, 1, 0, 0), 3L, -1, "", null, null, 1e-300
            });
    try (Register reg = Register.open(file)) {
      RegisterTables tables = reg.tables();
      reg.transaction(
          () -> {
            try (RegisterTables.Appender out = tables.append("copy_values", COLUMNS)) {
              rows.forEach(out::add);
            }
            return null;
          });
      List<String> read = new ArrayList<>(COLUMNS);
      read.add("note");
      List<Object[]> back = new ArrayList<>();
      tables.scan("copy_values", read, back::add);
      back.sort((a, b) -> Long.compare((Long) a[2], (Long) b[2]));
      assertEquals(rows.size(), back.size());
      for (int i = 0; i < rows.size(); i++) {
        Object[] want = rows.get(i);
        Object[] got = back.get(i);
        for (int j = 0; j < want.length; j++) {
          String where = "row " + i + " column " + COLUMNS.get(j);
          if (want[j] instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) got[j], where);
          } else if (want[j] instanceof Number n && got[j] instanceof Number m) {
            assertEquals(n.doubleValue(), m.doubleValue(), where);
          } else {
            assertEquals(want[j], got[j], where);
          }
        }
        assertEquals("none", got[COLUMNS.size()], "the column left out has its default");
      }
    }
  }

  @Test
  void aColumnTheTableLacksIsRefusedByName() {
    try (Register reg = Register.open(dir.resolve("r.db"))) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> reg.tables().append("sources", List.of("source_id", "nickname")));
      org.junit.jupiter.api.Assertions.assertTrue(
          e.getMessage().contains("nickname"), e.getMessage());
    }
  }
}
