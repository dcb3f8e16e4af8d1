package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sijil.store.Jobs;
import org.sijil.store.StoredJob;

/** The jobs table on either backend. */
public final class JdbcJobs implements Jobs {

  private static final String SELECT =
      "SELECT id, kind, description, state, phase, done, total, result, error, started_by,"
          + " created_at, finished_at FROM jobs";

  private final Jdbc sql;

  public JdbcJobs(Connection connection) {
    this.sql = new Jdbc(connection, "jobs");
  }

  @Override
  public void create(StoredJob j) {
    sql.update(
        "INSERT INTO jobs (id, kind, description, state, phase, done, total, result, error,"
            + " started_by, created_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        j.id(),
        j.kind(),
        j.description(),
        j.state(),
        j.phase(),
        j.done(),
        j.total(),
        j.result(),
        j.error(),
        j.startedBy(),
        j.createdAt(),
        j.finishedAt());
  }

  @Override
  public void state(String id, String state) {
    sql.update("UPDATE jobs SET state = ? WHERE id = ?", state, id);
  }

  @Override
  public void progress(String id, String phase, long done, long total) {
    sql.update(
        "UPDATE jobs SET phase = ?, done = ?, total = ? WHERE id = ?", phase, done, total, id);
  }

  @Override
  public void finish(String id, String state, String result, String error, Instant at) {
    sql.update(
        "UPDATE jobs SET state = ?, result = ?, error = ?, finished_at = ? WHERE id = ?",
        state,
        result,
        error,
        at,
        id);
  }

  @Override
  public Optional<StoredJob> find(String id) {
    return sql.query(SELECT + " WHERE id = ?", JdbcJobs::job, id).stream().findFirst();
  }

  @Override
  public List<StoredJob> recent(int limit) {
    return sql.query(SELECT + " ORDER BY created_at DESC, id DESC LIMIT ?", JdbcJobs::job, limit);
  }

  @Override
  public int abandon(String error, Instant at) {
    return sql.update(
        "UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE state IN (?, ?)",
        StoredJob.FAILED,
        error,
        at,
        StoredJob.QUEUED,
        StoredJob.RUNNING);
  }

  @Override
  public void heartbeat(String id, String serverId, Instant at) {
    sql.update("UPDATE jobs SET server_id = ?, heartbeat_at = ? WHERE id = ?", serverId, at, id);
  }

  @Override
  public int abandonStale(String error, Instant staleBefore, Instant at) {
    return sql.update(
        "UPDATE jobs SET state = ?, error = ?, finished_at = ? WHERE state IN (?, ?)"
            + " AND COALESCE(heartbeat_at, created_at) < ?",
        StoredJob.FAILED,
        error,
        at,
        StoredJob.QUEUED,
        StoredJob.RUNNING,
        staleBefore);
  }

  private static StoredJob job(ResultSet rs) throws SQLException {
    return new StoredJob(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getLong(6),
        rs.getLong(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        Jdbc.instant(rs, 11),
        Jdbc.instant(rs, 12));
  }
}
