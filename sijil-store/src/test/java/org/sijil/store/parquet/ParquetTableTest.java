package org.sijil.store.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Parquet file written by DuckDB reads back with its columns, types, nulls and Arabic text. */
class ParquetTableTest {

  @TempDir Path dir;

  @Test
  void rowsReadBackFromTheParquetFile() throws Exception {
    Path out = dir.resolve("t.parquet");
    List<ParquetTable.Column> cols =
        List.of(
            new ParquetTable.Column("name_ar", ParquetTable.Type.TEXT),
            new ParquetTable.Column("records", ParquetTable.Type.INTEGER),
            new ParquetTable.Column("age_years", ParquetTable.Type.DECIMAL));
    List<List<Object>> rows =
        List.of(Arrays.asList("اسم تجريبي", 2, 0.5), Arrays.asList("it's a test", 1L, null));
    ParquetTable.write(out, cols, rows.iterator());
    byte[] head = Arrays.copyOf(Files.readAllBytes(out), 4);
    assertEquals("PAR1", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT name_ar, records, age_years, typeof(records) FROM read_parquet('"
                    + out.toString().replace("'", "''")
                    + "') ORDER BY records DESC")) {
      r.next();
      assertEquals("اسم تجريبي", r.getString(1));
      assertEquals(2, r.getLong(2));
      assertEquals(0.5, r.getDouble(3));
      assertEquals("BIGINT", r.getString(4));
      r.next();
      assertEquals("it's a test", r.getString(1));
      r.getDouble(3);
      assertEquals(true, r.wasNull());
    }
  }

  @Test
  void aBadColumnNameIsRefusedNamingIt() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ParquetTable.Column("x; DROP", ParquetTable.Type.TEXT));
    assertEquals(true, e.getMessage().contains("x; DROP"));
  }
}
