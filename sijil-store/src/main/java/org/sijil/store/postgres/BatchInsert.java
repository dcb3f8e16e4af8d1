package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Bulk rows into one table as batched inserts, the PostgreSQL counterpart of DuckDB's Appender. The
 * pool's connections set {@code reWriteBatchedInserts}, so the driver sends each batch as multi-row
 * {@code INSERT}s. Rows are written inside the caller's transaction; {@link #close()} flushes the
 * rest.
 */
final class BatchInsert implements AutoCloseable {

  /**
   * Rows per round trip: large enough to amortize it, small enough to bound the driver's buffers.
   */
  static final int BATCH_ROWS = 2_000;

  private final PreparedStatement statement;
  private int column;
  private int pending;

  BatchInsert(Connection connection, String table, String... columns) throws SQLException {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(table)
            .append(" (")
            .append(String.join(", ", columns))
            .append(") VALUES (");
    for (int i = 0; i < columns.length; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    this.statement = connection.prepareStatement(sql.append(')').toString());
  }

  BatchInsert integer(long value) throws SQLException {
    statement.setLong(++column, value);
    return this;
  }

  BatchInsert integer(Integer value) throws SQLException {
    if (value == null) {
      statement.setNull(++column, Types.INTEGER);
    } else {
      statement.setInt(++column, value);
    }
    return this;
  }

  BatchInsert real(Double value) throws SQLException {
    if (value == null) {
      statement.setNull(++column, Types.DOUBLE);
    } else {
      statement.setDouble(++column, value);
    }
    return this;
  }

  BatchInsert text(String value) throws SQLException {
    statement.setString(++column, value);
    return this;
  }

  BatchInsert bytes(byte[] value) throws SQLException {
    statement.setBytes(++column, value);
    return this;
  }

  BatchInsert date(LocalDate value) throws SQLException {
    statement.setObject(++column, value, Types.DATE);
    return this;
  }

  BatchInsert timestamp(java.sql.Timestamp value) throws SQLException {
    statement.setTimestamp(++column, value);
    return this;
  }

  /** Ends the current row; every {@link #BATCH_ROWS} rows go to the server. */
  void endRow() throws SQLException {
    statement.addBatch();
    column = 0;
    if (++pending == BATCH_ROWS) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      flush();
    } finally {
      statement.close();
    }
  }
}
