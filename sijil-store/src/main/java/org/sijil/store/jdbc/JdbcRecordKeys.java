package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sijil.store.Linkage;

/**
 * The list keys of stored records, several at once (standard SQL, both backends): how the log names
 * a record's history across releases without reading the whole release.
 */
public final class JdbcRecordKeys {

  private JdbcRecordKeys() {}

  /** How many records one statement asks for; more are asked in turns. */
  static final int RECORDS_PER_QUERY = 200;

  /** The keys of {@code records} that have one, a statement per {@link #RECORDS_PER_QUERY}. */
  public static Map<Linkage.RecordKey, String> keysOf(
      Connection connection, Collection<Linkage.RecordKey> records) {
    List<Linkage.RecordKey> all = List.copyOf(new LinkedHashSet<>(records));
    Map<Linkage.RecordKey, String> out = new LinkedHashMap<>();
    for (int from = 0; from < all.size(); from += RECORDS_PER_QUERY) {
      keysOf(connection, all.subList(from, Math.min(all.size(), from + RECORDS_PER_QUERY)), out);
    }
    return out;
  }

  private static void keysOf(
      Connection connection, List<Linkage.RecordKey> part, Map<Linkage.RecordKey, String> out) {
    // One lookup per record joined by UNION ALL: each is pruned to its row on both backends, where
    // an OR of (release, row) pairs made DuckDB scan every record (11 ms for 3 against 5 ms).
    String one = "SELECT release_id, row_no, id FROM records WHERE release_id = ? AND row_no = ?";
    try (PreparedStatement ps =
        connection.prepareStatement(
            String.join(" UNION ALL ", Collections.nCopies(part.size(), one)))) {
      for (int i = 0; i < part.size(); i++) {
        ps.setLong(2 * i + 1, part.get(i).releaseId());
        ps.setLong(2 * i + 2, part.get(i).row());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String key = rs.getString(3);
          if (key != null) {
            out.put(new Linkage.RecordKey(rs.getLong(1), rs.getLong(2)), key);
          }
        }
      }
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalStateException(
          "cannot read the keys of " + part.size() + " records: " + message, e);
    }
  }
}
