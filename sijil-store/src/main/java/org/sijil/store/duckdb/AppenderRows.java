package org.sijil.store.duckdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sijil.store.jdbc.BulkRows;

/**
 * Bulk rows into one DuckDB table with its appender, DuckDB's fastest way in, inside the
 * connection's open transaction. The appender takes every column of the table in the table's order,
 * each value of the column's exact type; so each row's values (given in the caller's column order,
 * as the plain Java values {@link org.sijil.store.RegisterTables} lists) are put in the table's
 * order, converted to the column's type, and a column the caller did not name gets its default.
 */
final class AppenderRows implements BulkRows {

  /** How a value is appended, by the column's DuckDB type. */
  enum Kind {
    INTEGER,
    BIGINT,
    DOUBLE,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    BLOB,
    TEXT
  }

  private final String table;
  private final DuckDBAppender appender;
  private final Kind[] kinds;

  /** For each column of the table in its order, the index of its value in a row, or -1. */
  private final int[] source;

  private AppenderRows(String table, DuckDBAppender appender, Kind[] kinds, int[] source) {
    this.table = table;
    this.appender = appender;
    this.kinds = kinds;
    this.source = source;
  }

  /** A table's columns in their order, and how each is appended. */
  record Shape(List<String> names, List<Kind> kinds) {

    /** Reads {@code table}'s columns (a plain name of the register's own). */
    static Shape of(Connection connection, String table) throws SQLException {
      List<String> names = new ArrayList<>();
      List<Kind> kinds = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          names.add(md.getColumnName(i));
          kinds.add(kind(md.getColumnTypeName(i)));
        }
      }
      return new Shape(List.copyOf(names), List.copyOf(kinds));
    }
  }

  /** The appender for {@code columns} (in this order) of {@code table}, shaped {@code shape}. */
  static AppenderRows open(
      DuckDBConnection connection, String table, Shape shape, List<String> columns)
      throws SQLException {
    for (String c : columns) {
      if (!shape.names().contains(c)) {
        throw new SQLException("table " + table + " has no column " + c);
      }
    }
    int[] source = new int[shape.names().size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = columns.indexOf(shape.names().get(i));
    }
    return new AppenderRows(
        table,
        connection.createAppender("main", table),
        shape.kinds().toArray(Kind[]::new),
        source);
  }

  private static Kind kind(String typeName) {
    String t = typeName.toUpperCase(Locale.ROOT);
    return switch (t) {
      case "INTEGER", "SMALLINT", "TINYINT" -> Kind.INTEGER;
      case "BIGINT" -> Kind.BIGINT;
      case "DOUBLE", "FLOAT", "REAL" -> Kind.DOUBLE;
      case "BOOLEAN" -> Kind.BOOLEAN;
      case "DATE" -> Kind.DATE;
      case "TIMESTAMP" -> Kind.TIMESTAMP;
      case "BLOB" -> Kind.BLOB;
      default -> Kind.TEXT;
    };
  }

  @Override
  public void add(Object[] values) {
    try {
      appender.beginRow();
      for (int i = 0; i < source.length; i++) {
        if (source[i] < 0) {
          appender.appendDefault();
        } else {
          append(kinds[i], values[source[i]]);
        }
      }
      appender.endRow();
    } catch (SQLException | ClassCastException e) {
      throw failure(e);
    }
  }

  private void append(Kind kind, Object v) throws SQLException {
    if (v == null) {
      appender.appendNull();
      return;
    }
    switch (kind) {
      case INTEGER -> appender.append(((Number) v).intValue());
      case BIGINT -> appender.append(((Number) v).longValue());
      case DOUBLE -> appender.append(((Number) v).doubleValue());
      case BOOLEAN -> appender.append(((Boolean) v).booleanValue());
      case DATE -> appender.append((LocalDate) v);
      case TIMESTAMP -> appender.append((LocalDateTime) v);
      case BLOB -> appender.append((byte[]) v);
      case TEXT -> appender.append(v.toString());
    }
  }

  @Override
  public void discard() {
    try {
      appender.close();
    } catch (SQLException ignored) {
      // the transaction is rolled back anyway
    }
  }

  @Override
  public void close() {
    try {
      appender.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private IllegalStateException failure(Exception e) {
    return new IllegalStateException(
        "cannot write table " + table + ": " + DuckDbRegister.firstLine(e.getMessage()), e);
  }
}
