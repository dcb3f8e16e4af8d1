package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.sijil.store.Linkage;
import org.sijil.store.RecordAmendments;

/**
 * Record amendments (table {@code record_amendments} of migration 16) in portable SQL, for DuckDB
 * and PostgreSQL alike. Ids are the largest stored plus one, taken inside the writer's transaction
 * (the register has one writer at a time), so no sequence dialect is needed.
 */
public final class JdbcRecordAmendments implements RecordAmendments {

  private static final String COLUMNS =
      "id, subject, release_id, row_number, kind, field, old_value, new_value, reason, log_index,"
          + " made_by, made_at";

  /** Subjects bound in one query: a person has a few; a long list is read in parts. */
  private static final int SUBJECTS_PER_QUERY = 500;

  private final Jdbc jdbc;

  public JdbcRecordAmendments(Connection connection) {
    this.jdbc = new Jdbc(connection, "record amendments");
  }

  @Override
  public Amendment add(Amendment a) {
    Amendment stored = a.withId(lastId() + 1);
    jdbc.update(
        "INSERT INTO record_amendments ("
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        stored.id(),
        stored.subject(),
        stored.record().releaseId(),
        stored.record().row(),
        stored.kind().code(),
        Jdbc.text(stored.field()),
        Jdbc.text(stored.oldValue()),
        Jdbc.text(stored.newValue()),
        stored.reason(),
        stored.logIndex(),
        stored.by(),
        stored.at());
    return stored;
  }

  @Override
  public List<Amendment> all() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM record_amendments ORDER BY id", JdbcRecordAmendments::row);
  }

  @Override
  public List<Amendment> ofSubjects(Collection<String> subjects) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(subjects));
    List<Amendment> found = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += SUBJECTS_PER_QUERY) {
      List<String> part =
          distinct.subList(from, Math.min(distinct.size(), from + SUBJECTS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
      found.addAll(
          jdbc.query(
              "SELECT " + COLUMNS + " FROM record_amendments WHERE subject IN (" + marks + ")",
              JdbcRecordAmendments::row,
              part.toArray()));
    }
    found.sort(Comparator.comparingLong(Amendment::id));
    return found;
  }

  @Override
  public long lastId() {
    return jdbc.query("SELECT COALESCE(MAX(id), 0) FROM record_amendments", rs -> rs.getLong(1))
        .get(0);
  }

  private static Amendment row(ResultSet rs) throws SQLException {
    return new Amendment(
        rs.getLong(1),
        rs.getString(2),
        new Linkage.RecordKey(rs.getLong(3), rs.getLong(4)),
        Kind.parse(rs.getString(5)),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getLong(10),
        rs.getString(11),
        Jdbc.instant(rs, 12));
  }
}
