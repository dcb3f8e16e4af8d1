package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sijil.store.jdbc.Backend;
import org.sijil.store.jdbc.BulkRows;

/**
 * PostgreSQL under the shared areas: bulk rows by {@code COPY FROM STDIN} ({@link CopyAppender}),
 * and writers queued by one advisory lock held to the end of their transaction.
 */
final class PostgresBackend implements Backend {

  @Override
  public BulkRows rows(Connection connection, String table, List<String> columns)
      throws SQLException {
    return CopyAppender.open(connection, table, columns);
  }

  @Override
  public void lockWrites(Connection connection) throws SQLException {
    PostgresRegister.lockWrites(connection);
  }
}
