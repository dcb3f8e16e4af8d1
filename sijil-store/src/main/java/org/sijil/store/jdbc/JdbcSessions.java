package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.sijil.store.Sessions;
import org.sijil.store.StoredSession;

/** The sessions table on either backend. */
public final class JdbcSessions implements Sessions {

  private final Jdbc sql;

  public JdbcSessions(Connection connection) {
    this.sql = new Jdbc(connection, "sessions");
  }

  @Override
  public void open(StoredSession s) {
    sql.update(
        "INSERT INTO sessions (id_hash, user_name, role, csrf, created_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        s.idHash(),
        s.user(),
        s.role(),
        s.csrf(),
        s.createdAt(),
        s.expiresAt());
  }

  @Override
  public Optional<StoredSession> find(String idHash) {
    return sql
        .query(
            "SELECT id_hash, user_name, role, csrf, created_at, expires_at FROM sessions"
                + " WHERE id_hash = ?",
            JdbcSessions::session,
            idHash)
        .stream()
        .findFirst();
  }

  @Override
  public void renew(String idHash, Instant expiresAt) {
    sql.update("UPDATE sessions SET expires_at = ? WHERE id_hash = ?", expiresAt, idHash);
  }

  @Override
  public void close(String idHash) {
    sql.update("DELETE FROM sessions WHERE id_hash = ?", idHash);
  }

  @Override
  public int closeAll(String user) {
    return sql.update("DELETE FROM sessions WHERE user_name = ?", user);
  }

  @Override
  public int closeExpired(Instant now) {
    return sql.update("DELETE FROM sessions WHERE expires_at < ?", now);
  }

  private static StoredSession session(ResultSet rs) throws SQLException {
    return new StoredSession(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Jdbc.instant(rs, 5),
        Jdbc.instant(rs, 6));
  }
}
