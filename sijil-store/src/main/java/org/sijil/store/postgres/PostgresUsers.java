package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sijil.store.StoredUser;
import org.sijil.store.Users;

final class PostgresUsers implements Users {

  private static final String SELECT =
      "SELECT name, role, password_hash, created_at, updated_at, created_by, updated_by FROM users";

  private final Connection connection;

  PostgresUsers(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Optional<StoredUser> find(String name) {
    List<StoredUser> found = query(SELECT + " WHERE name = ?", name);
    return found.stream().findFirst();
  }

  @Override
  public List<StoredUser> list() {
    return query(SELECT + " ORDER BY name");
  }

  @Override
  public void save(String name, String role, String passwordHash, String by) {
    Timestamp now = Timestamp.from(Instant.now());
    boolean autoCommit = true;
    try {
      autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      // UPDATE then INSERT: portable, and avoids delete-and-reinsert of a primary key in one
      // transaction.
      int updated;
      try (PreparedStatement ps =
          connection.prepareStatement(
              "UPDATE users SET role = ?, password_hash = ?, updated_at = ?, updated_by = ? WHERE name = ?")) {
        ps.setString(1, role);
        ps.setString(2, passwordHash);
        ps.setTimestamp(3, now);
        ps.setString(4, by);
        ps.setString(5, name);
        updated = ps.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement ps =
            connection.prepareStatement(
                "INSERT INTO users (name, role, password_hash, created_at, updated_at, created_by, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, name);
          ps.setString(2, role);
          ps.setString(3, passwordHash);
          ps.setTimestamp(4, now);
          ps.setTimestamp(5, now);
          ps.setString(6, by);
          ps.setString(7, by);
          ps.executeUpdate();
        }
      }
      if (autoCommit) {
        connection.commit(); // inside a caller's transaction, the caller commits
      }
    } catch (SQLException e) {
      try {
        connection.rollback();
      } catch (SQLException ignored) {
        // the original error matters
      }
      throw new IllegalStateException("cannot save user " + name + ": " + e.getMessage(), e);
    } finally {
      try {
        connection.setAutoCommit(autoCommit);
      } catch (SQLException ignored) {
        // connection is failing already
      }
    }
  }

  private List<StoredUser> query(String sql, Object... args) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      List<StoredUser> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new StoredUser(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getTimestamp(5).toInstant(),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read users: " + e.getMessage(), e);
    }
  }
}
