package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What really differs between the backends under the shared areas: how rows are loaded in bulk, and
 * how a writer keeps others out while it picks new ids ({@code max + 1}). Everything else is
 * portable SQL in this package.
 */
public interface Backend {

  /**
   * Starts appending rows of {@code columns} (in this order) to {@code table}, inside the
   * connection's open transaction. Names are the register's own, never user input.
   */
  BulkRows rows(Connection connection, String table, List<String> columns) throws SQLException;

  /**
   * Holds the register's write lock until the connection's open transaction ends. On a DuckDB file
   * the process already holds the file alone, so this does nothing there.
   */
  void lockWrites(Connection connection) throws SQLException;
}
