package org.sijil.store.jdbc;

import java.sql.Types;
import java.util.Optional;
import org.sijil.store.Estimates;

/** Estimate runs (table {@code estimate_runs} of migration 4), the same SQL on both backends. */
public final class JdbcEstimates implements Estimates {

  private static final Jdbc.Null NO_MODEL = new Jdbc.Null(Types.INTEGER);

  private final Jdbc jdbc;

  public JdbcEstimates(java.sql.Connection connection) {
    this.jdbc = new Jdbc(connection, "estimate runs");
  }

  @Override
  public long save(Run run) {
    return jdbc.query(
            "INSERT INTO estimate_runs (estimate_id, purpose, model_id, inputs, result, note,"
                + " created_by, created_at) VALUES ((SELECT coalesce(max(estimate_id), 0) + 1"
                + " FROM estimate_runs), ?, ?, ?, ?, ?, ?, ?) RETURNING estimate_id",
            rs -> rs.getLong(1),
            Jdbc.text(run.purpose()),
            run.modelId() == null ? NO_MODEL : run.modelId(),
            Jdbc.text(run.inputs()),
            Jdbc.text(run.result()),
            Jdbc.text(run.note()),
            Jdbc.text(run.createdBy()),
            run.createdAt())
        .get(0);
  }

  @Override
  public Optional<Run> latest(String purpose) {
    return jdbc
        .query(
            "SELECT estimate_id, purpose, model_id, inputs, result, note, created_by, created_at"
                + " FROM estimate_runs WHERE purpose = ? ORDER BY estimate_id DESC LIMIT 1",
            rs -> {
              long model = rs.getLong(3);
              Long modelId = rs.wasNull() ? null : model;
              return new Run(
                  rs.getLong(1),
                  rs.getString(2),
                  modelId,
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  Jdbc.instant(rs, 8));
            },
            purpose)
        .stream()
        .findFirst();
  }
}
