package org.sijil.store.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sijil.core.UserError;

/**
 * Writes rows to a Parquet file with DuckDB's {@code COPY … TO … (FORMAT parquet)}: the rows go
 * into a table of an in-memory DuckDB database (bounded memory, one thread), which DuckDB then
 * writes as Parquet. No Parquet encoding is done here.
 */
public final class ParquetTable {

  /** Column types a download uses. */
  public enum Type {
    TEXT("VARCHAR"),
    INTEGER("BIGINT"),
    DECIMAL("DOUBLE");

    private final String sql;

    Type(String sql) {
      this.sql = sql;
    }
  }

  /** A column: a lower-case SQL-safe name and its type. */
  public record Column(String name, Type type) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public Column {
      Objects.requireNonNull(type, "type");
      if (name == null || !NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "a Parquet column name must be lower-case letters, digits and _, not '" + name + "'");
      }
    }
  }

  /** Memory DuckDB may use while writing (it spills beyond). */
  static final String MEMORY_LIMIT = "256MB";

  private static final int BATCH = 1000;

  private ParquetTable() {}

  /**
   * Writes {@code rows} (values in column order; null for none) to {@code out} as Parquet.
   *
   * @throws UserError naming the file when it cannot be written
   */
  public static void write(Path out, List<Column> columns, Iterator<List<Object>> rows) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a Parquet table needs at least one column");
    }
    StringBuilder create = new StringBuilder("CREATE TABLE t (");
    StringBuilder insert = new StringBuilder("INSERT INTO t VALUES (");
    for (int i = 0; i < columns.size(); i++) {
      create.append(i == 0 ? "" : ", ").append(columns.get(i).name()).append(' ');
      create.append(columns.get(i).type().sql);
      insert.append(i == 0 ? "?" : ", ?");
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      try (Statement s = c.createStatement()) {
        s.execute("SET memory_limit='" + MEMORY_LIMIT + "'");
        s.execute("SET threads=1");
        s.execute(create.append(')').toString());
      }
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement(insert.append(')').toString())) {
        int n = 0;
        while (rows.hasNext()) {
          List<Object> row = rows.next();
          for (int i = 0; i < columns.size(); i++) {
            p.setObject(i + 1, value(row.get(i), columns.get(i).type()));
          }
          p.addBatch();
          if (++n % BATCH == 0) {
            p.executeBatch();
          }
        }
        p.executeBatch();
      }
      c.commit();
      try (Statement s = c.createStatement()) {
        String file = out.toAbsolutePath().toString().replace("'", "''");
        s.execute("COPY t TO '" + file + "' (FORMAT parquet)");
      }
    } catch (SQLException e) {
      throw new UserError("cannot write Parquet file " + out + ": " + e.getMessage(), e);
    }
  }

  private static Object value(Object v, Type type) {
    if (v == null) {
      return null;
    }
    return switch (type) {
      case TEXT -> v.toString();
      case INTEGER -> v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
      case DECIMAL -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    };
  }
}
