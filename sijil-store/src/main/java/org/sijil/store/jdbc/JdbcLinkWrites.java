package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sijil.store.Linkage.Decision;
import org.sijil.store.Linkage.PersonLink;
import org.sijil.store.Linkage.QueuedPair;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.Linkage.Run;

/**
 * The writing half of {@link JdbcLinkage}: a link run and a review decision, each in one
 * transaction under the backend's write lock (so new ids, {@code max + 1}, never collide), links
 * and the review queue by the backend's bulk loader.
 */
final class JdbcLinkWrites {

  private final Connection connection;
  private final Backend backend;
  private final Supplier<Map<RecordKey, Long>> assignments;

  JdbcLinkWrites(
      Connection connection, Backend backend, Supplier<Map<RecordKey, Long>> assignments) {
    this.connection = connection;
    this.backend = backend;
    this.assignments = assignments;
  }

  long save(Run run) {
    boolean outer = false;
    try {
      outer = connection.getAutoCommit();
      connection.setAutoCommit(false);
      backend.lockWrites(connection);
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
      long modelId = next(connection, "linkage_models", "model_id");
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO linkage_models (model_id, created_at, spec, model, created_by) VALUES (?, ?, ?, ?, ?)")) {
        p.setLong(1, modelId);
        p.setTimestamp(2, now);
        p.setString(3, run.spec());
        p.setString(4, run.model());
        p.setString(5, run.by());
        p.executeUpdate();
      }
      try (PreparedStatement p =
          connection.prepareStatement(
              "INSERT INTO persons (person_id, created_at, merged_into) VALUES (?, ?, NULL)")) {
        for (long id : run.newPersons()) {
          p.setLong(1, id);
          p.setTimestamp(2, now);
          p.addBatch();
        }
        p.executeBatch();
      }
      try (PreparedStatement p =
          connection.prepareStatement("UPDATE persons SET merged_into = ? WHERE person_id = ?")) {
        for (Map.Entry<Long, Long> e : run.merged().entrySet()) {
          p.setLong(1, e.getValue());
          p.setLong(2, e.getKey());
          p.addBatch();
        }
        p.executeBatch();
        if (!run.merged().isEmpty()) {
          try (PreparedStatement q =
              connection.prepareStatement(
                  "UPDATE person_records SET person_id = ? WHERE person_id = ?")) {
            for (Map.Entry<Long, Long> e : run.merged().entrySet()) {
              q.setLong(1, e.getValue());
              q.setLong(2, e.getKey());
              q.addBatch();
            }
            q.executeBatch();
          }
          // Earlier merges into a now-merged person follow it.
          try (PreparedStatement q =
              connection.prepareStatement(
                  "UPDATE persons SET merged_into = ? WHERE merged_into = ?")) {
            for (Map.Entry<Long, Long> e : run.merged().entrySet()) {
              q.setLong(1, e.getValue());
              q.setLong(2, e.getKey());
              q.addBatch();
            }
            q.executeBatch();
          }
        }
      }
      replaceLinks(run.links(), run.replaceAll(), modelId, now);
      try (BulkRows a =
          backend.rows(
              connection,
              "review_queue",
              List.of(
                  "release_a",
                  "row_a",
                  "release_b",
                  "row_b",
                  "probability",
                  "model_id",
                  "queued_at"))) {
        for (QueuedPair q : run.queue()) {
          a.add(
              new Object[] {
                q.pair().a().releaseId(),
                q.pair().a().row(),
                q.pair().b().releaseId(),
                q.pair().b().row(),
                q.probability(),
                modelId,
                now.toLocalDateTime()
              });
        }
      }
      if (outer) {
        connection.commit(); // inside a caller's transaction, the caller commits
      }
      return modelId;
    } catch (SQLException | RuntimeException e) {
      rollback();
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw Sql.failure("cannot store the linking run", (SQLException) e);
    } finally {
      if (outer) {
        autoCommit();
      }
    }
  }

  private void replaceLinks(List<PersonLink> links, boolean replaceAll, long modelId, Timestamp now)
      throws SQLException {
    if (links.isEmpty()) {
      return;
    }
    if (replaceAll) {
      try (Statement s = connection.createStatement()) {
        s.execute("DELETE FROM person_records");
      }
    } else {
      // Incremental runs relink few records that already had a person (reopened ones).
      Map<RecordKey, Long> existing = assignments.get();
      try (PreparedStatement p =
          connection.prepareStatement(
              "DELETE FROM person_records WHERE release_id = ? AND row_no = ?")) {
        int batch = 0;
        for (PersonLink l : links) {
          if (existing.containsKey(l.record())) {
            p.setLong(1, l.record().releaseId());
            p.setLong(2, l.record().row());
            p.addBatch();
            batch++;
          }
        }
        if (batch > 0) {
          p.executeBatch();
        }
      }
    }
    LocalDateTime linkedAt = now.toLocalDateTime();
    try (BulkRows a =
        backend.rows(
            connection,
            "person_records",
            List.of("release_id", "row_no", "person_id", "probability", "model_id", "linked_at"))) {
      for (PersonLink l : links) {
        a.add(
            new Object[] {
              l.record().releaseId(),
              l.record().row(),
              l.personId(),
              l.probability(),
              modelId,
              linkedAt
            });
      }
    }
  }

  void decide(Decision d) {
    // Under the write lock: analysts deciding at once must not take the same decision_id.
    boolean outer = false;
    try {
      outer = connection.getAutoCommit();
      connection.setAutoCommit(false);
      backend.lockWrites(connection);
      insertDecision(d);
      if (outer) {
        connection.commit(); // inside a caller's transaction, the caller commits
      }
    } catch (SQLException e) {
      rollback();
      throw Sql.failure("cannot store the decision on " + d.pair(), e);
    } finally {
      if (outer) {
        autoCommit();
      }
    }
  }

  private void insertDecision(Decision d) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO review_decisions (decision_id, release_a, row_a, release_b, row_b, decision, decided_by,"
                + " note, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, next(connection, "review_decisions", "decision_id"));
      p.setLong(2, d.pair().a().releaseId());
      p.setLong(3, d.pair().a().row());
      p.setLong(4, d.pair().b().releaseId());
      p.setLong(5, d.pair().b().row());
      p.setString(6, d.verdict().code());
      p.setString(7, d.by());
      p.setString(8, d.note());
      p.setTimestamp(9, Timestamp.valueOf(LocalDateTime.ofInstant(d.at(), ZoneOffset.UTC)));
      p.executeUpdate();
    }
  }

  /** The next free id of {@code table}'s {@code column} (take the write lock first). */
  static long next(Connection connection, String table, String column) {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw Sql.failure("cannot read " + table, e);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure matters
    }
  }

  private void autoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // next use reports it
    }
  }
}
