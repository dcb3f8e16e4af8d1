package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The list key of one stored record (standard SQL, both backends): how the log names a record's
 * history across releases without reading the whole release.
 */
public final class JdbcRecordKeys {

  private JdbcRecordKeys() {}

  /**
   * The key ({@code id} column) of row {@code row} of release {@code releaseId}, when it has one.
   */
  public static Optional<String> keyOf(Connection connection, long releaseId, long row) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT id FROM records WHERE release_id = ? AND row_no = ?")) {
      ps.setLong(1, releaseId);
      ps.setLong(2, row);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalStateException(
          "cannot read the key of record " + releaseId + ":" + row + ": " + message, e);
    }
  }
}
