package org.sijil.store.jdbc;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RawRow;
import org.sijil.store.Linkage.CurrentLink;
import org.sijil.store.Linkage.RecordKey;
import org.sijil.store.PersonReads;
import org.sijil.store.Release;

/**
 * One person's stored records by id, the same SQL on both backends. Both store a row's raw cells
 * the same way (a JSON array of strings in {@code raw_rows.cells}, VARCHAR on each), so one query
 * and {@link JsonColumns#stringList} read them. Every read is a point lookup by release and row
 * (PostgreSQL's indexes; DuckDB's zone maps over rows appended in order) or by person.
 */
public final class JdbcPersonReads implements PersonReads {

  private static final String RECORD =
      "SELECT r.id, r.name_ar, r.name_en, r.age_years, r.age_months, r.age_days, r.dob, r.sex,"
          + " r.source, r.dod, r.place, w.cells FROM records r"
          + " JOIN raw_rows w ON w.release_id = r.release_id AND w.row_no = r.row_no"
          + " WHERE r.release_id = ? AND r.row_no = ? AND w.release_id = ? AND w.row_no = ?";

  private final Jdbc jdbc;
  private final JdbcReleases releases;

  public JdbcPersonReads(Connection connection, JdbcReleases releases) {
    this.jdbc = new Jdbc(connection, "person records");
    this.releases = releases;
  }

  @Override
  public boolean linked() {
    return !jdbc.query("SELECT 1 FROM person_records LIMIT 1", rs -> 1).isEmpty();
  }

  @Override
  public List<RecordKey> ofPerson(long personId) {
    return jdbc.query(
        "SELECT release_id, row_no FROM person_records WHERE person_id = ?"
            + " ORDER BY release_id, row_no",
        rs -> new RecordKey(rs.getLong(1), rs.getLong(2)),
        personId);
  }

  @Override
  public List<RecordKey> withKey(String key) {
    return jdbc.query(
        "SELECT release_id, row_no FROM records WHERE id = ? ORDER BY release_id, row_no",
        rs -> new RecordKey(rs.getLong(1), rs.getLong(2)),
        key);
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key) {
    Optional<Release> release = releases.byId(key.releaseId());
    if (release.isEmpty()) {
      return Optional.empty();
    }
    List<String> headers = release.get().headers();
    long id = key.releaseId();
    long row = key.row();
    List<CasualtyRecord> found =
        jdbc.query(
            RECORD,
            rs -> {
              List<String> cells = JsonColumns.stringList(rs.getString(12));
              return new CasualtyRecord(
                  row,
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  JdbcRecords.age(rs, 4),
                  JdbcRecords.date(rs.getDate(7)),
                  JdbcRecords.sex(rs.getString(8)),
                  rs.getString(9),
                  JdbcRecords.date(rs.getDate(10)),
                  rs.getString(11),
                  new RawRow(RawRow.uniqueHeaders(headers, cells.size()), cells));
            },
            id,
            row,
            id,
            row);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<CurrentLink> links =
        jdbc.query(
            "SELECT person_id, probability, model_id FROM person_records"
                + " WHERE release_id = ? AND row_no = ?",
            rs -> {
              double p = rs.getDouble(2);
              Double probability = rs.wasNull() ? null : p;
              return new CurrentLink(rs.getLong(1), probability, rs.getLong(3));
            },
            id,
            row);
    return Optional.of(
        new StoredRecord(key, release.get(), found.get(0), links.isEmpty() ? null : links.get(0)));
  }
}
