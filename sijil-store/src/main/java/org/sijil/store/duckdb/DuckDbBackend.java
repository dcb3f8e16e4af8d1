package org.sijil.store.duckdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;
import org.sijil.store.jdbc.Backend;
import org.sijil.store.jdbc.BulkRows;

/** DuckDB under the shared areas: bulk rows by its appender; the file's lock keeps writers out. */
final class DuckDbBackend implements Backend {

  /**
   * Each table's columns, read once per open register (the schema changes only by migrations, run
   * when it opens): the log appends a few rows at a time, often.
   */
  private final Map<String, AppenderRows.Shape> shapes = new HashMap<>();

  @Override
  public BulkRows rows(Connection connection, String table, List<String> columns)
      throws SQLException {
    AppenderRows.Shape shape = shapes.get(table);
    if (shape == null) {
      shape = AppenderRows.Shape.of(connection, table);
      shapes.put(table, shape);
    }
    return AppenderRows.open(connection.unwrap(DuckDBConnection.class), table, shape, columns);
  }

  /** Nothing to do: one process holds the file at a time (see {@link DuckDbRegister#open}). */
  @Override
  public void lockWrites(Connection connection) {}
}
