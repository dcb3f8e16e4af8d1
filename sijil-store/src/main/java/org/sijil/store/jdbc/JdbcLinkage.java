package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
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

/**
 * Persons, links, models and review (tables of migration 2), for both backends: new ids are taken
 * under the backend's write lock, links and the review queue go in by its bulk loader.
 */
public final class JdbcLinkage implements Linkage {

  private final Connection connection;
  private final JdbcLinkWrites writes;

  public JdbcLinkage(Connection connection, Backend backend) {
    this.connection = connection;
    this.writes = new JdbcLinkWrites(connection, backend, this::assignments);
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
    return writes.save(run);
  }

  @Override
  public long maxPersonId() {
    return JdbcLinkWrites.next(connection, "persons", "person_id") - 1;
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
    writes.decide(d);
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

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
