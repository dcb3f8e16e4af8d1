package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sijil.store.RegisterTables;

/**
 * Whole-table rows into PostgreSQL by {@code COPY ... FROM STDIN} ({@link CopyRows}) instead of
 * batched inserts, for {@code sijil copy} and {@code restore}: the values {@link RegisterTables}
 * carries, written in their text form, inside the caller's transaction.
 */
final class CopyAppender implements RegisterTables.Appender {

  private final String table;
  private final CopyRows rows;

  private CopyAppender(String table, CopyRows rows) {
    this.table = table;
    this.rows = rows;
  }

  /** The appender for {@code table}'s {@code columns} (names already checked and quoted). */
  static RegisterTables.Appender open(Connection connection, String table, List<String> columns)
      throws SQLException {
    return new CopyAppender(table, new CopyRows(connection, table, columns.toArray(String[]::new)));
  }

  @Override
  public void add(Object[] values) {
    for (Object v : values) {
      rows.value(v);
    }
    try {
      rows.endRow();
    } catch (SQLException e) {
      throw failure(e);
    }
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
