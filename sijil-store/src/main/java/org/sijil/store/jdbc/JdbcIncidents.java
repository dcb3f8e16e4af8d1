package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.store.Incidents;

/**
 * {@link Incidents} in portable SQL over one connection (DuckDB or PostgreSQL). Writes run in the
 * caller's transaction when there is one ({@code Register.transaction}); alone, each statement
 * commits.
 */
public final class JdbcIncidents implements Incidents {

  private static final String STORED =
      "SELECT id, occurred_from, occurred_to, governorate, type, grade, document, version,"
          + " created_at, created_by, updated_at, updated_by FROM incidents";
  private static final String VICTIM =
      "SELECT incident_id, person_id, role, certainty, state, note, decided_by, decided_at"
          + " FROM incident_victims";
  private static final String DECISION =
      "SELECT person_id, kind, reason, decided_by, decided_at FROM person_grade_decisions";
  private static final String REJECT =
      "SELECT import_id, file, file_row, field, message, raw FROM incident_rejects";

  private final Jdbc db;

  public JdbcIncidents(Connection connection) {
    this.db = new Jdbc(connection, "incidents");
  }

  @Override
  public Optional<Stored> find(String id) {
    return db.query(STORED + " WHERE id = ?", JdbcIncidents::stored, id).stream().findFirst();
  }

  @Override
  public List<Stored> list() {
    return db.query(STORED + " ORDER BY occurred_from, id", JdbcIncidents::stored);
  }

  @Override
  public int save(Row row, String change, String by) {
    Instant now = Instant.now();
    Optional<Stored> old = find(row.id());
    int version = old.map(s -> s.version() + 1).orElse(1);
    if (old.isPresent()) {
      db.update(
          "UPDATE incidents SET occurred_from = ?, occurred_to = ?, governorate = ?, type = ?,"
              + " grade = ?, document = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?",
          row.from(),
          row.to(),
          row.governorate(),
          row.type(),
          row.grade(),
          row.document(),
          version,
          now,
          by,
          row.id());
    } else {
      db.update(
          "INSERT INTO incidents (id, occurred_from, occurred_to, governorate, type, grade,"
              + " document, version, created_at, created_by, updated_at, updated_by)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          row.id(),
          row.from(),
          row.to(),
          row.governorate(),
          row.type(),
          row.grade(),
          row.document(),
          version,
          now,
          by,
          now,
          by);
    }
    db.update(
        "INSERT INTO incident_versions (id, version, document, change_note, changed_by, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        row.id(),
        version,
        row.document(),
        change,
        by,
        now);
    return version;
  }

  @Override
  public List<Version> history(String id) {
    return db.query(
        "SELECT id, version, document, change_note, changed_by, changed_at FROM incident_versions"
            + " WHERE id = ? ORDER BY version",
        rs ->
            new Version(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                Jdbc.instant(rs, 6)),
        id);
  }

  @Override
  public void saveVictim(Victim v) {
    Object[] values = {
      v.role(),
      v.certainty(),
      v.state(),
      Jdbc.text(v.note()),
      v.by(),
      v.at(),
      v.incidentId(),
      v.personId()
    };
    int updated =
        db.update(
            "UPDATE incident_victims SET role = ?, certainty = ?, state = ?, note = ?,"
                + " decided_by = ?, decided_at = ? WHERE incident_id = ? AND person_id = ?",
            values);
    if (updated == 0) {
      db.update(
          "INSERT INTO incident_victims (role, certainty, state, note, decided_by, decided_at,"
              + " incident_id, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          values);
    }
  }

  @Override
  public List<Victim> victims(String incidentId) {
    return db.query(
        VICTIM + " WHERE incident_id = ? ORDER BY person_id", JdbcIncidents::victim, incidentId);
  }

  @Override
  public List<Victim> allVictims() {
    return db.query(VICTIM + " ORDER BY incident_id, person_id", JdbcIncidents::victim);
  }

  @Override
  public List<Victim> victimsOf(long personId) {
    return db.query(
        VICTIM + " WHERE person_id = ? ORDER BY incident_id", JdbcIncidents::victim, personId);
  }

  @Override
  public void saveRejects(List<Reject> rejects) {
    for (Reject r : rejects) {
      db.update(
          "INSERT INTO incident_rejects (import_id, file, file_row, field, message, raw)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          r.importId(),
          r.file(),
          r.row(),
          Jdbc.text(r.field()),
          r.message(),
          Jdbc.text(r.raw()));
    }
  }

  @Override
  public List<Reject> rejects(String importId) {
    return db.query(
        REJECT + " WHERE import_id = ? ORDER BY file_row",
        rs ->
            new Reject(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6)),
        importId);
  }

  @Override
  public void saveType(Type t) {
    Object[] values = {t.english(), t.arabic(), t.by(), t.at(), t.code()};
    if (db.update(
            "UPDATE incident_types SET english = ?, arabic = ?, created_by = ?, created_at = ?"
                + " WHERE code = ?",
            values)
        == 0) {
      db.update(
          "INSERT INTO incident_types (english, arabic, created_by, created_at, code)"
              + " VALUES (?, ?, ?, ?, ?)",
          values);
    }
  }

  @Override
  public List<Type> types() {
    return db.query(
        "SELECT code, english, arabic, created_by, created_at FROM incident_types ORDER BY code",
        rs ->
            new Type(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Jdbc.instant(rs, 5)));
  }

  @Override
  public void saveDecision(Decision d) {
    db.update(
        "INSERT INTO person_grade_decisions (person_id, kind, reason, decided_by, decided_at)"
            + " VALUES (?, ?, ?, ?, ?)",
        d.personId(),
        d.kind(),
        d.reason(),
        d.by(),
        d.at());
  }

  @Override
  public List<Decision> decisions() {
    return db.query(DECISION + " ORDER BY decided_at, person_id", JdbcIncidents::decision);
  }

  @Override
  public List<Decision> decisions(long personId) {
    return db.query(
        DECISION + " WHERE person_id = ? ORDER BY decided_at", JdbcIncidents::decision, personId);
  }

  private static Decision decision(ResultSet rs) throws SQLException {
    return new Decision(
        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Jdbc.instant(rs, 5));
  }

  @Override
  public void saveOrigin(String source, String origin, String by) {
    Object[] values = {origin, by, Instant.now(), source};
    if (db.update(
            "UPDATE source_origins SET origin = ?, set_by = ?, set_at = ? WHERE source = ?", values)
        == 0) {
      db.update(
          "INSERT INTO source_origins (origin, set_by, set_at, source) VALUES (?, ?, ?, ?)",
          values);
    }
  }

  @Override
  public Map<String, String> origins() {
    Map<String, String> out = new LinkedHashMap<>();
    db.query(
            "SELECT source, origin FROM source_origins ORDER BY source",
            rs -> Map.entry(rs.getString(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static Stored stored(ResultSet rs) throws SQLException {
    return new Stored(
        new Row(
            rs.getString(1),
            Jdbc.localDate(rs, 2),
            Jdbc.localDate(rs, 3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7)),
        rs.getInt(8),
        Jdbc.instant(rs, 9),
        rs.getString(10),
        Jdbc.instant(rs, 11),
        rs.getString(12));
  }

  private static Victim victim(ResultSet rs) throws SQLException {
    return new Victim(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        Jdbc.instant(rs, 8));
  }
}
