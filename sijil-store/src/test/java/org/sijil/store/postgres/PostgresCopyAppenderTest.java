package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;

/**
 * Whole-table appends into PostgreSQL go through {@code COPY FROM STDIN} ({@link CopyAppender}):
 * every value type {@link RegisterTables} carries reads back exactly, including text with tabs,
 * newlines, backslashes and Arabic, bytes, nulls, fractional timestamps and doubles.
 */
class PostgresCopyAppenderTest {

  private static final List<String> COLUMNS = List.of("id", "n", "t", "b", "d", "ts", "x", "flag");

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  /** A plain JDBC connection to {@code schema}, for creating the test's own tables. */
  private static Connection connect(TestServer server, String schema) throws Exception {
    Properties p = new Properties();
    p.setProperty("user", server.user());
    if (server.password() != null) {
      p.setProperty("password", server.password());
    }
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + server.host()
            + ":"
            + server.port()
            + "/"
            + server.database()
            + "?currentSchema="
            + schema,
        p);
  }

  @Test
  void everyValueTypeReadsBackExactly() throws Exception {
    String schema = postgres.freshSchema();
    TestServer server = postgres.server();
    try (Connection c = connect(server, schema);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE copy_values (id BIGINT, n INTEGER, t VARCHAR, b BYTEA, d DATE,"
              + " ts TIMESTAMP, x DOUBLE PRECISION, flag BOOLEAN)");
    }
    List<Object[]> rows =
        List.of(
            new Object[] {
              1L,
              7,
              "tab\there\nline \\ back\\slash\r",
              new byte[] {0, 1, (byte) 255},
              LocalDate.of(2024, 2, 29),
              LocalDateTime.of(2026, 12, 5, 6, 7, 8, 123_456_000),
              0.1 + 0.2,
              true
            },
            new Object[] {2L, null, "عبد الله \\N", new byte[0], null, null, 1e-300, false},
            new Object[] {
              3L,
              -1,
              null,
              null,
              LocalDate.of(1970, 1, 1),
              LocalDateTime.of(2026, 1, 1, 0, 0),
              Double.NaN,
              null
            });
    try (Register reg = Register.open(server.url(schema))) {
      RegisterTables tables = reg.tables();
      reg.transaction(
          () -> {
            try (RegisterTables.Appender out = tables.append("copy_values", COLUMNS)) {
              rows.forEach(out::add);
            }
            return null;
          });
      List<Object[]> back = new ArrayList<>();
      tables.scan("copy_values", COLUMNS, back::add);
      back.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
      assertEquals(rows.size(), back.size());
      for (int i = 0; i < rows.size(); i++) {
        Object[] want = rows.get(i);
        Object[] got = back.get(i);
        for (int j = 0; j < want.length; j++) {
          if (want[j] instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) got[j], COLUMNS.get(j));
          } else {
            assertEquals(want[j], got[j], "row " + i + " column " + COLUMNS.get(j));
          }
        }
      }
    }
  }

  /**
   * The binary format is used only where each value has its exact binary form: a value finer than a
   * microsecond or a number into a text column sends its chunk as text, and a column type without a
   * binary form here (numeric, jsonb) sends the whole table as text; each stores what the text form
   * stores.
   */
  @Test
  void valuesWithoutABinaryFormGoAsTextAndStoreTheSame() throws Exception {
    String schema = postgres.freshSchema();
    TestServer server = postgres.server();
    try (Connection c = connect(server, schema);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE mixed (id BIGINT, ts TIMESTAMP, t VARCHAR)");
      s.execute("CREATE TABLE other (id BIGINT, amount NUMERIC, doc JSONB)");
    }
    List<String> mixed = List.of("id", "ts", "t");
    List<String> other = List.of("id", "amount", "doc");
    try (Register reg = Register.open(server.url(schema))) {
      RegisterTables tables = reg.tables();
      reg.transaction(
          () -> {
            try (RegisterTables.Appender out = tables.append("mixed", mixed);
                RegisterTables.Appender o = tables.append("other", other)) {
              out.add(new Object[] {1L, LocalDateTime.of(2026, 1, 1, 0, 0, 0, 1_500), "a"});
              out.add(new Object[] {2L, null, 42L});
              o.add(new Object[] {1L, 12.5, "{\"a\": [1, \"ب\"]}"});
            }
            return null;
          });
      List<Object[]> back = new ArrayList<>();
      tables.scan("mixed", mixed, back::add);
      back.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
      assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0, 0, 2_000), back.get(0)[1], "rounded");
      assertEquals("42", back.get(1)[2]);
      try (Connection c = connect(server, schema);
          Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT amount::text, doc->>'a' FROM other")) {
        assertTrue(rs.next());
        assertEquals("12.5", rs.getString(1));
        assertEquals("[1, \"ب\"]", rs.getString(2));
      }
    }
  }

  @Test
  void manyChunksOnTwoTablesAtOnceAllArriveAndAFailedChunkChangesNothing() throws Exception {
    String schema = postgres.freshSchema();
    TestServer server = postgres.server();
    try (Connection c = connect(server, schema);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE left_rows (id BIGINT, t VARCHAR)");
      s.execute("CREATE TABLE right_rows (id BIGINT, t VARCHAR NOT NULL)");
    }
    // Enough text for several chunks per table, sent in the background while the other table fills.
    int n = 3 * CopyRows.CHUNK_CHARS / 100;
    String filler = "اسم تجريبي\t".repeat(8);
    try (Register reg = Register.open(server.url(schema))) {
      RegisterTables tables = reg.tables();
      reg.transaction(
          () -> {
            try (RegisterTables.Appender left = tables.append("left_rows", List.of("id", "t"));
                RegisterTables.Appender right = tables.append("right_rows", List.of("id", "t"))) {
              for (long i = 0; i < n; i++) {
                left.add(new Object[] {i, filler + i});
                right.add(new Object[] {i, i + filler});
              }
            }
            return null;
          });
      assertEquals(n, tables.count("left_rows"));
      assertEquals(n, tables.count("right_rows"));
      List<Object[]> back = new ArrayList<>();
      tables.scan("right_rows", List.of("id", "t"), back::add);
      back.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
      for (int i = 0; i < n; i += 997) {
        assertEquals(i + filler, back.get(i)[1]);
      }

      // A NULL in a NOT NULL column fails its chunk on the server: the whole transaction goes.
      RuntimeException failed =
          org.junit.jupiter.api.Assertions.assertThrows(
              RuntimeException.class,
              () ->
                  reg.transaction(
                      () -> {
                        try (RegisterTables.Appender left =
                                tables.append("left_rows", List.of("id", "t"));
                            RegisterTables.Appender right =
                                tables.append("right_rows", List.of("id", "t"))) {
                          for (long i = 0; i < n; i++) {
                            left.add(new Object[] {n + i, filler});
                            right.add(new Object[] {n + i, i == n / 2 ? null : filler});
                          }
                        }
                        return null;
                      }));
      assertTrue(
          failed.getMessage().contains("cannot write table"),
          "names the table: " + failed.getMessage());
      assertEquals(n, tables.count("left_rows"));
      assertEquals(n, tables.count("right_rows"));
    }
  }
}
