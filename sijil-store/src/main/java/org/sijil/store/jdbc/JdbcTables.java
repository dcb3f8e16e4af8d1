package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sijil.store.RegisterTables;

/**
 * Whole tables read and written for both backends with the standard information schema and {@code
 * ?} parameters. Values are mapped by the column's JDBC type, so a DuckDB {@code BLOB} and a
 * PostgreSQL {@code BYTEA} both read as {@code byte[]}, and timestamps as {@link LocalDateTime}
 * (the stored value itself, whatever the JVM's time zone).
 */
public final class JdbcTables implements RegisterTables {

  /** The migrations' own table: each register has its own, written by opening it. */
  static final String BOOKKEEPING = "schema_version";

  /**
   * PostgreSQL's key buckets: derived from {@code records} and written by the backend whenever
   * records are (PostgreSQL migration 21), so a copy leaves them out and rebuilds them, and a
   * register's tables are the same on both backends.
   */
  static final String DERIVED = "record_key_buckets";

  /** Rows fetched per round trip while scanning (PostgreSQL streams only inside a transaction). */
  static final int FETCH = 5_000;

  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private final Connection connection;
  private final Jdbc jdbc;
  private final Backend backend;

  /** Tables written by {@code backend}'s bulk loader. */
  public JdbcTables(Connection connection, Backend backend) {
    this.connection = connection;
    this.jdbc = new Jdbc(connection, "tables");
    this.backend = backend;
  }

  @Override
  public List<String> names() {
    return jdbc.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            + " AND table_type = 'BASE TABLE' AND table_name NOT IN (?, ?) ORDER BY table_name",
        rs -> rs.getString(1),
        BOOKKEEPING,
        DERIVED);
  }

  @Override
  public List<String> columns(String table) {
    return jdbc.query(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
            + " AND table_name = ? ORDER BY ordinal_position",
        rs -> rs.getString(1),
        checked(table));
  }

  @Override
  public long count(String table) {
    return jdbc.query("SELECT count(*) FROM " + quoted(table), rs -> rs.getLong(1)).get(0);
  }

  @Override
  public void scan(String table, List<String> columns, RowSink sink) {
    String sql = "SELECT " + list(columns) + " FROM " + quoted(table);
    try (Statement s = connection.createStatement()) {
      s.setFetchSize(FETCH);
      try (ResultSet rs = s.executeQuery(sql)) {
        ResultSetMetaData md = rs.getMetaData();
        int n = columns.size();
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
          types[i] = md.getColumnType(i + 1);
        }
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = value(rs, i + 1, types[i]);
          }
          sink.row(row);
        }
      }
    } catch (SQLException e) {
      throw failure("read table " + table, e);
    }
  }

  /** One column's value as a plain Java value (see {@link RegisterTables}). */
  private static Object value(ResultSet rs, int column, int type) throws SQLException {
    Object v =
        switch (type) {
          case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY ->
              rs.getBytes(column);
          case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
          case Types.DATE -> rs.getObject(column, LocalDate.class);
          case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(column);
          case Types.BIGINT -> rs.getLong(column);
          case Types.DOUBLE, Types.FLOAT, Types.REAL -> rs.getDouble(column);
          case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
          default -> rs.getString(column);
        };
    return rs.wasNull() ? null : v;
  }

  @Override
  public Appender append(String table, List<String> columns) {
    try {
      return backend.rows(
          connection, checked(table), columns.stream().map(JdbcTables::checked).toList());
    } catch (SQLException e) {
      throw failure("write table " + table, e);
    }
  }

  @Override
  public <T> T consistentRead(Supplier<T> work) {
    try {
      if (!connection.getAutoCommit()) {
        return work.get();
      }
      int isolation = connection.getTransactionIsolation();
      setIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setAutoCommit(false);
      try {
        return work.get();
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
        setIsolation(isolation);
      }
    } catch (SQLException e) {
      throw failure("read the register consistently", e);
    }
  }

  /** Sets the isolation where the driver supports choosing it (DuckDB has only snapshots). */
  private void setIsolation(int level) {
    try {
      connection.setTransactionIsolation(level);
    } catch (SQLException | UnsupportedOperationException e) {
      // one isolation level only: every transaction already reads one snapshot
    }
  }

  private static String list(List<String> columns) {
    return columns.stream().map(JdbcTables::quoted).collect(Collectors.joining(", "));
  }

  /** A table or column name of the register's own schema, quoted. */
  private static String quoted(String name) {
    return "\"" + checked(name) + "\"";
  }

  private static String checked(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a register table or column name: " + name);
    }
    return name;
  }

  private static IllegalStateException failure(String what, SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException("cannot " + what + ": " + message, e);
  }
}
