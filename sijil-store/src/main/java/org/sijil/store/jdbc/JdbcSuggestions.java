package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.sijil.store.Suggestions;

/**
 * Suggested corrections (table {@code suggestions} of migration 9) in portable SQL, for DuckDB and
 * PostgreSQL alike.
 */
public final class JdbcSuggestions implements Suggestions {

  private static final String COLUMNS =
      "suggestion_id, person_id, field, suggested_value, reason, contact, submitted_by,"
          + " submitted_at";

  private final Connection connection;

  public JdbcSuggestions(Connection connection) {
    this.connection = connection;
  }

  @Override
  public long add(Suggestion s) {
    String sql =
        "INSERT INTO suggestions ("
            + COLUMNS
            + ") VALUES ((SELECT coalesce(max(suggestion_id), 0) + 1 FROM suggestions),"
            + " ?, ?, ?, ?, ?, ?, ?) RETURNING suggestion_id";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, s.personId());
      ps.setString(2, s.field());
      ps.setString(3, s.value());
      ps.setString(4, s.reason());
      ps.setString(5, s.contact());
      ps.setString(6, s.submittedBy());
      ps.setTimestamp(7, Timestamp.from(s.submittedAt()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot store the suggestion for person " + s.personId() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<Suggestion> list(int offset, int limit) {
    String sql =
        "SELECT " + COLUMNS + " FROM suggestions ORDER BY suggestion_id DESC LIMIT ? OFFSET ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setInt(1, limit);
      ps.setInt(2, offset);
      List<Suggestion> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Suggestion(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getTimestamp(8).toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read suggestions: " + e.getMessage(), e);
    }
  }

  @Override
  public long count() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT count(*) FROM suggestions");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count suggestions: " + e.getMessage(), e);
    }
  }
}
