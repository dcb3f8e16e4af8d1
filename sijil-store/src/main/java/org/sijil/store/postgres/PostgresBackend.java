package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.jdbc.Backend;
import org.sijil.store.jdbc.BulkRows;

/**
 * PostgreSQL under the shared areas: bulk rows by {@code COPY FROM STDIN} ({@link CopyAppender}),
 * records found by their list key through its bucket ({@link KeyBuckets}), and writers queued by
 * one advisory lock held to the end of their transaction.
 */
final class PostgresBackend implements Backend {

  @Override
  public BulkRows rows(Connection connection, String table, List<String> columns)
      throws SQLException {
    CopyAppender rows = CopyAppender.open(connection, table, columns);
    if (!"records".equals(table)) {
      return rows;
    }
    // Records are found by their list key through its bucket, not an index kept per row.
    return new RecordsAppender(
        connection,
        rows,
        columns.indexOf("release_id"),
        columns.indexOf("row_no"),
        columns.indexOf("id"));
  }

  @Override
  public void releaseDeleted(Connection connection, long releaseId) throws SQLException {
    KeyBuckets.delete(connection, releaseId);
  }

  @Override
  public List<RecordKey> withKey(Connection connection, String key) throws SQLException {
    return KeyBuckets.withKey(connection, key);
  }

  @Override
  public void lockWrites(Connection connection) throws SQLException {
    PostgresRegister.lockWrites(connection);
  }
}
