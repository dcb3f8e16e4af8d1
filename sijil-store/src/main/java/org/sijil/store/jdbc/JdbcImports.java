package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.sijil.core.ErrorCode;
import org.sijil.core.SijilException;
import org.sijil.store.Imports;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

/**
 * Starting a release's import, for both backends: the release's transaction, under the write lock,
 * refusing or replacing an existing release, and new ids for the source and the release.
 */
public final class JdbcImports implements Imports {

  private final Connection connection;
  private final JdbcReleases releases;
  private final Backend backend;

  public JdbcImports(Connection connection, JdbcReleases releases, Backend backend) {
    this.connection = connection;
    this.releases = releases;
    this.backend = backend;
  }

  @Override
  public ReleaseWriter begin(ReleaseSpec spec, boolean replace) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw Sql.failure("cannot start an import transaction", e);
    }
    try {
      backend.lockWrites(connection);
      Optional<Release> existing = releases.find(spec.source(), spec.label());
      if (existing.isPresent() && !replace) {
        Release old = existing.get();
        throw new SijilException(
            ErrorCode.RELEASE_EXISTS,
            "release '"
                + spec.label()
                + "' of source '"
                + spec.source()
                + "' already holds "
                + old.fileName()
                + " (sha256 "
                + old.sha256().substring(0, 12)
                + "...)",
            spec.fileName(),
            null,
            null,
            java.util.Map.of(
                "source", spec.source(), "release", spec.label(), "file", old.fileName()),
            null);
      }
      if (existing.isPresent()) {
        delete(existing.get().id());
      }
      int sourceId = sourceId(spec.source());
      long releaseId = nextId("releases", "release_id");
      return new JdbcReleaseWriter(connection, releases, backend, spec, sourceId, releaseId);
    } catch (RuntimeException | SQLException e) {
      rollbackQuietly();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw Sql.failure("cannot start importing release " + spec.label(), (SQLException) e);
    }
  }

  private void delete(long releaseId) throws SQLException {
    for (String table : new String[] {"warnings", "rejects", "records", "raw_rows", "releases"}) {
      try (PreparedStatement ps =
          connection.prepareStatement("DELETE FROM " + table + " WHERE release_id = ?")) {
        ps.setLong(1, releaseId);
        ps.executeUpdate();
      }
    }
    backend.releaseDeleted(connection, releaseId);
  }

  private int sourceId(String name) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT source_id FROM sources WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getInt(1);
        }
      }
    }
    int id = (int) nextId("sources", "source_id");
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO sources (source_id, name, created_at) VALUES (?, ?, ?)")) {
      ps.setInt(1, id);
      ps.setString(2, name);
      ps.setTimestamp(3, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    return id;
  }

  private long nextId(String table, String column) throws SQLException {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the original failure is what the caller needs to see
    }
  }
}
