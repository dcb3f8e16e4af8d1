package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sijil.store.StoredUser;
import org.sijil.store.Users;

/** The users table on either backend. */
public final class JdbcUsers implements Users {

  private static final String SELECT =
      "SELECT name, role, password_hash, created_at, updated_at, created_by, updated_by,"
          + " disabled_at, disabled_by FROM users";

  private final Jdbc sql;

  public JdbcUsers(Connection connection) {
    this.sql = new Jdbc(connection, "users");
  }

  @Override
  public Optional<StoredUser> find(String name) {
    return sql.query(SELECT + " WHERE name = ?", JdbcUsers::user, name).stream().findFirst();
  }

  @Override
  public List<StoredUser> list() {
    return sql.query(SELECT + " ORDER BY name", JdbcUsers::user);
  }

  /**
   * UPDATE, then INSERT when no row changed: portable, and no delete-and-reinsert of a primary key
   * in one transaction (which DuckDB refuses). A single writer at a time (the register's lock)
   * makes the two steps safe.
   */
  @Override
  public void save(String name, String role, String passwordHash, String by) {
    Instant now = Instant.now();
    int updated =
        sql.update(
            "UPDATE users SET role = ?, password_hash = ?, updated_at = ?, updated_by = ?,"
                + " disabled_at = NULL, disabled_by = NULL WHERE name = ?",
            role,
            passwordHash,
            now,
            by,
            name);
    if (updated == 0) {
      sql.update(
          "INSERT INTO users (name, role, password_hash, created_at, updated_at, created_by,"
              + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
          name,
          role,
          passwordHash,
          now,
          now,
          by,
          by);
    }
  }

  @Override
  public boolean disable(String name, String by) {
    return sql.update(
            "UPDATE users SET disabled_at = ?, disabled_by = ? WHERE name = ?",
            Instant.now(),
            by,
            name)
        > 0;
  }

  private static StoredUser user(ResultSet rs) throws SQLException {
    return new StoredUser(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Jdbc.instant(rs, 4),
        Jdbc.instant(rs, 5),
        rs.getString(6),
        rs.getString(7),
        Jdbc.instant(rs, 8),
        rs.getString(9));
  }
}
