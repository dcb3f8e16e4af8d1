package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sijil.store.RegisterTables;
import org.sijil.store.jdbc.BulkRows;

/**
 * Rows into PostgreSQL by {@code COPY ... FROM STDIN} ({@link CopyRows}) instead of batched
 * inserts, for every bulk write (a release, links, the log, {@code sijil copy} and {@code
 * restore}): the values {@link RegisterTables} carries, written in their binary or text form,
 * inside the caller's transaction.
 */
final class CopyAppender implements BulkRows {

  private final String table;
  private final CopyRows rows;

  private CopyAppender(String table, CopyRows rows) {
    this.table = table;
    this.rows = rows;
  }

  /** The appender for {@code table}'s {@code columns} (the register's own names, quoted here). */
  static CopyAppender open(Connection connection, String table, List<String> columns)
      throws SQLException {
    return new CopyAppender(table, new CopyRows(connection, table, columns));
  }

  @Override
  public void add(Object[] values) {
    try {
      rows.add(values);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void discard() {
    rows.discard();
  }

  @Override
  public void close() {
    try {
      rows.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private IllegalStateException failure(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException("cannot write table " + table + ": " + message, e);
  }
}
