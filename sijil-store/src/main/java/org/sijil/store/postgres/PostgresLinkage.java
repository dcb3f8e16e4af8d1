package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.sijil.store.Linkage;
import org.sijil.store.jdbc.JdbcRecords;

/** Persons, links, models and review in PostgreSQL (tables of migration 2). */
final class PostgresLinkage implements Linkage {

  private final Connection connection;

  PostgresLinkage(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Map<RecordKey, Long> assignments() {
    Map<RecordKey, Long> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT release_id, row_no, person_id FROM person_records")) {
      while (rs.next()) {
        out.put(new RecordKey(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read person links", e);
    }
    return out;
  }

  @Override
  public Map<RecordKey, CurrentLink> currentLinks() {
    Map<RecordKey, CurrentLink> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT release_id, row_no, person_id, probability, model_id FROM person_records")) {
      while (rs.next()) {
        double p = rs.getDouble(4);
        Double probability = rs.wasNull() ? null : p;
        out.put(
            new RecordKey(rs.getLong(1), rs.getLong(2)),
            new CurrentLink(rs.getLong(3), probability, rs.getLong(5)));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read person links", e);
    }
    return out;
  }

  @Override
  public List<RunInfo> runs() {
    List<RunInfo> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT model_id, created_at, created_by FROM linkage_models ORDER BY model_id")) {
      while (rs.next()) {
        out.add(new RunInfo(rs.getLong(1), instant(rs.getTimestamp(2)), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read link runs", e);
    }
    return out;
  }

  @Override
  public Optional<StoredModel> latestModel() {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT model_id, spec, model, created_at, created_by FROM linkage_models ORDER BY model_id DESC LIMIT 1")) {
      if (rs.next()) {
        return Optional.of(
            new StoredModel(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                instant(rs.getTimestamp(4)),
                rs.getString(5)));
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw Sql.failure("cannot read linkage models", e);
    }
  }

  @Override
  public long save(Run run) {
    boolean outer = false;
    try {
      outer = connection.getAutoCommit();
      connection.setAutoCommit(false);
      PostgresRegister.lockWrites(connection);
      Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
      long modelId = next("linkage_models", "model_id");
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
      try (BatchInsert a =
          new BatchInsert(
              connection,
              "review_queue",
              "release_a",
              "row_a",
              "release_b",
              "row_b",
              "probability",
              "model_id",
              "queued_at")) {
        for (QueuedPair q : run.queue()) {
          a.integer(q.pair().a().releaseId()).integer(q.pair().a().row());
          a.integer(q.pair().b().releaseId()).integer(q.pair().b().row());
          a.real(q.probability()).integer(modelId).timestamp(now);
          a.endRow();
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
      Map<RecordKey, Long> existing = assignments();
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
    try (BatchInsert a =
        new BatchInsert(
            connection,
            "person_records",
            "release_id",
            "row_no",
            "person_id",
            "probability",
            "model_id",
            "linked_at")) {
      for (PersonLink l : links) {
        a.integer(l.record().releaseId()).integer(l.record().row()).integer(l.personId());
        a.real(l.probability());
        a.integer(modelId).timestamp(now);
        a.endRow();
      }
    }
  }

  @Override
  public long maxPersonId() {
    return next("persons", "person_id") - 1;
  }

  @Override
  public List<QueuedPair> queue() {
    String sql =
        "SELECT q.release_a, q.row_a, q.release_b, q.row_b, q.probability, q.model_id, q.queued_at"
            + " FROM review_queue q WHERE NOT EXISTS (SELECT 1 FROM review_decisions d WHERE d.release_a = q.release_a"
            + " AND d.row_a = q.row_a AND d.release_b = q.release_b AND d.row_b = q.row_b"
            // only a pair's latest review counts, and "unsure" keeps it waiting
            + " AND d.decision <> 'unsure' AND NOT EXISTS (SELECT 1 FROM review_decisions l"
            + " WHERE l.release_a = d.release_a AND l.row_a = d.row_a AND l.release_b = d.release_b"
            + " AND l.row_b = d.row_b AND l.decision_id > d.decision_id))"
            + " ORDER BY abs(q.probability - 0.5), q.release_a, q.row_a, q.release_b, q.row_b";
    List<QueuedPair> out = new ArrayList<>();
    Map<Pair, Boolean> seen = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        Pair p =
            new Pair(
                new RecordKey(rs.getLong(1), rs.getLong(2)),
                new RecordKey(rs.getLong(3), rs.getLong(4)));
        if (seen.put(p, Boolean.TRUE) == null) {
          out.add(new QueuedPair(p, rs.getDouble(5), rs.getLong(6), instant(rs.getTimestamp(7))));
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read the review queue", e);
    }
    return out;
  }

  @Override
  public void decide(Decision d) {
    // Under the write lock: analysts deciding at once must not take the same decision_id.
    boolean outer = false;
    try {
      outer = connection.getAutoCommit();
      connection.setAutoCommit(false);
      PostgresRegister.lockWrites(connection);
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
      p.setLong(1, next("review_decisions", "decision_id"));
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

  @Override
  public List<Decision> reviews() {
    Map<Pair, Decision> latest = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT release_a, row_a, release_b, row_b, decision, decided_by, note,"
                    + " decided_at FROM review_decisions ORDER BY decision_id")) {
      while (rs.next()) {
        Pair p =
            new Pair(
                new RecordKey(rs.getLong(1), rs.getLong(2)),
                new RecordKey(rs.getLong(3), rs.getLong(4)));
        latest.remove(p);
        latest.put(
            p,
            new Decision(
                p,
                Verdict.ofCode(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                instant(rs.getTimestamp(8))));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read review decisions", e);
    }
    return new ArrayList<>(latest.values());
  }

  @Override
  public List<PersonLink> records(long personId) {
    long id = resolve(personId);
    List<PersonLink> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT release_id, row_no, probability FROM person_records WHERE person_id = ? ORDER BY release_id, row_no")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          double prob = rs.getDouble(3);
          out.add(
              new PersonLink(
                  new RecordKey(rs.getLong(1), rs.getLong(2)), id, rs.wasNull() ? null : prob));
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read person " + personId, e);
    }
    return out;
  }

  @Override
  public OptionalLong personOf(RecordKey record) {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT person_id FROM person_records WHERE release_id = ? AND row_no = ?")) {
      p.setLong(1, record.releaseId());
      p.setLong(2, record.row());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? OptionalLong.of(resolve(rs.getLong(1))) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read the person of " + record, e);
    }
  }

  @Override
  public void forEachPersonRecord(Consumer<PersonRecord> action) {
    // person_records always names the surviving person: merges rewrite it (see save).
    String sql =
        "SELECT l.person_id, s.name, r.age_years, r.age_months, r.age_days, r.sex, r.dod, r.place"
            + " FROM person_records l"
            + " JOIN records r ON r.release_id = l.release_id AND r.row_no = l.row_no"
            + " JOIN releases rel ON rel.release_id = r.release_id"
            + " JOIN sources s ON s.source_id = rel.source_id"
            + " ORDER BY l.person_id, l.release_id, l.row_no";
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        action.accept(
            new PersonRecord(
                rs.getLong(1),
                rs.getString(2),
                JdbcRecords.age(rs, 3),
                JdbcRecords.sex(rs.getString(6)),
                JdbcRecords.date(rs.getDate(7)),
                rs.getString(8)));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read the records of persons", e);
    }
  }

  @Override
  public Map<String, Long> unlinkedBySource() {
    String sql =
        "SELECT s.name, count(*) FROM records r"
            + " JOIN releases rel ON rel.release_id = r.release_id"
            + " JOIN sources s ON s.source_id = rel.source_id"
            + " WHERE NOT EXISTS (SELECT 1 FROM person_records l WHERE l.release_id = r.release_id AND l.row_no = r.row_no)"
            + " GROUP BY s.name ORDER BY s.name";
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot count unlinked records", e);
    }
    return out;
  }

  /** Follows merged_into to the surviving person. */
  private long resolve(long personId) {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT merged_into FROM persons WHERE person_id = ?")) {
      p.setLong(1, personId);
      try (ResultSet rs = p.executeQuery()) {
        if (rs.next()) {
          long m = rs.getLong(1);
          return rs.wasNull() ? personId : m;
        }
        return personId;
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read person " + personId, e);
    }
  }

  private long next(String table, String column) {
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT coalesce(max(" + column + "), 0) + 1 FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw Sql.failure("cannot read " + table, e);
    }
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
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
