package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sijil.store.Linkage.RecordKey;

/**
 * What really differs between the backends under the shared areas: how rows are loaded in bulk, and
 * how a writer keeps others out while it picks new ids ({@code max + 1}), and how records are found
 * by their list key. Everything else is portable SQL in this package.
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

  /**
   * Drops what the backend derived from the records of release {@code releaseId}, whose rows were
   * just deleted (a release replaced), inside the open transaction. Nothing here.
   */
  default void releaseDeleted(Connection connection, long releaseId) throws SQLException {}

  /**
   * The records whose list key ({@code records.id}) is {@code key}, by release id then row. Here a
   * scan of the one column (DuckDB's scans of a column are fast, and an index would cost memory at
   * every import); PostgreSQL reads the key's bucket instead.
   */
  default List<RecordKey> withKey(Connection connection, String key) throws SQLException {
    List<RecordKey> out = new ArrayList<>();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT release_id, row_no FROM records WHERE id = ? ORDER BY release_id, row_no")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RecordKey(rs.getLong(1), rs.getLong(2)));
        }
      }
    }
    return out;
  }
}
