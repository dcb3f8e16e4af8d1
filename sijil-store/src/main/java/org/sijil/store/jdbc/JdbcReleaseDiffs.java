package org.sijil.store.jdbc;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.sijil.store.ReleaseDiffs;

/**
 * Stored release diffs (table {@code release_diffs} of migration 17) in portable SQL, for DuckDB
 * and PostgreSQL alike: a save deletes the release's row and inserts the new one, in the caller's
 * transaction.
 */
public final class JdbcReleaseDiffs implements ReleaseDiffs {

  private static final String COLUMNS =
      "release_id, release_sha256, previous_id, previous_sha256, format, diff";

  private final Jdbc jdbc;

  public JdbcReleaseDiffs(Connection connection) {
    this.jdbc = new Jdbc(connection, "release diffs");
  }

  @Override
  public void save(Stored d) {
    jdbc.update("DELETE FROM release_diffs WHERE release_id = ?", d.releaseId());
    jdbc.update(
        "INSERT INTO release_diffs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
        d.releaseId(),
        d.releaseSha256(),
        d.previousId(),
        d.previousSha256(),
        d.format(),
        d.diff());
  }

  @Override
  public Optional<Stored> find(long releaseId) {
    List<Stored> found =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM release_diffs WHERE release_id = ?",
            rs ->
                new Stored(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)),
            releaseId);
    return found.stream().findFirst();
  }
}
