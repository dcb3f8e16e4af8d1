package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import org.sijil.store.Estimates;

/** Estimate runs in PostgreSQL (table {@code estimate_runs} of migration 4). */
final class PostgresEstimates implements Estimates {

  private final Connection connection;

  PostgresEstimates(Connection connection) {
    this.connection = connection;
  }

  @Override
  public long save(Run run) {
    String sql =
        "INSERT INTO estimate_runs (estimate_id, purpose, model_id, inputs, result, note, created_by,"
            + " created_at) VALUES ((SELECT coalesce(max(estimate_id), 0) + 1 FROM estimate_runs), ?, ?, ?, ?, ?, ?, ?)"
            + " RETURNING estimate_id";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, run.purpose());
      if (run.modelId() == null) {
        ps.setNull(2, Types.INTEGER);
      } else {
        ps.setLong(2, run.modelId());
      }
      ps.setString(3, run.inputs());
      ps.setString(4, run.result());
      ps.setString(5, run.note());
      ps.setString(6, run.createdBy());
      ps.setTimestamp(7, Timestamp.from(run.createdAt()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot store the estimate run", e);
    }
  }

  @Override
  public Optional<Run> latest(String purpose) {
    String sql =
        "SELECT estimate_id, purpose, model_id, inputs, result, note, created_by, created_at"
            + " FROM estimate_runs WHERE purpose = ? ORDER BY estimate_id DESC LIMIT 1";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, purpose);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long model = rs.getLong(3);
        Long modelId = rs.wasNull() ? null : model;
        return Optional.of(
            new Run(
                rs.getLong(1),
                rs.getString(2),
                modelId,
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getTimestamp(8).toInstant()));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read estimate runs", e);
    }
  }
}
