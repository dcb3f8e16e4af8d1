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
 * (PostgreSQL's indexes; DuckDB's zone maps over rows appended in order) or by person; records by
 * list key as the backend finds them ({@link Backend#withKey}).
 */
public final class JdbcPersonReads implements PersonReads {

  // Two single-table point reads rather than one join: DuckDB pushes a bound parameter's filter
  // into a table's scan, but a prepared join scanned both tables (116 ms against 2-4 ms at 1M
  // rows).
  private static final String RECORD =
      "SELECT id, name_ar, name_en, age_years, age_months, age_days, dob, sex, source, dod, place"
          + " FROM records WHERE release_id = ? AND row_no = ?";

  private static final String CELLS =
      "SELECT cells FROM raw_rows WHERE release_id = ? AND row_no = ?";

  private final Jdbc jdbc;
  private final Connection connection;
  private final JdbcReleases releases;
  private final Backend backend;

  public JdbcPersonReads(Connection connection, JdbcReleases releases, Backend backend) {
    this.jdbc = new Jdbc(connection, "person records");
    this.connection = connection;
    this.releases = releases;
    this.backend = backend;
  }

  @Override
  public boolean linked() {
    return !jdbc.query("SELECT 1 FROM person_records LIMIT 1", rs -> 1).isEmpty();
  }

  @Override
  public List<StoredRecord> ofPerson(long personId) {
    record Member(RecordKey key, CurrentLink link) {}
    List<Member> members =
        jdbc.query(
            "SELECT release_id, row_no, probability, model_id FROM person_records"
                + " WHERE person_id = ? ORDER BY release_id, row_no",
            rs -> {
              double p = rs.getDouble(3);
              Double probability = rs.wasNull() ? null : p;
              return new Member(
                  new RecordKey(rs.getLong(1), rs.getLong(2)),
                  new CurrentLink(personId, probability, rs.getLong(4)));
            },
            personId);
    List<StoredRecord> out = new java.util.ArrayList<>(members.size());
    for (Member m : members) {
      record(m.key())
          .ifPresent(s -> out.add(new StoredRecord(m.key(), s.release(), s.record(), m.link())));
    }
    return out;
  }

  @Override
  public List<RecordKey> withKey(String key) {
    try {
      return backend.withKey(connection, key);
    } catch (java.sql.SQLException e) {
      throw Sql.failure("cannot read the records of key " + key, e);
    }
  }

  @Override
  public Optional<StoredRecord> read(RecordKey key) {
    return record(key)
        .map(
            s -> {
              List<CurrentLink> links =
                  jdbc.query(
                      "SELECT person_id, probability, model_id FROM person_records"
                          + " WHERE release_id = ? AND row_no = ?",
                      rs -> {
                        double p = rs.getDouble(2);
                        Double probability = rs.wasNull() ? null : p;
                        return new CurrentLink(rs.getLong(1), probability, rs.getLong(3));
                      },
                      key.releaseId(),
                      key.row());
              return new StoredRecord(
                  key, s.release(), s.record(), links.isEmpty() ? null : links.get(0));
            });
  }

  /** The record without its link; empty when the register has no such record. */
  private Optional<StoredRecord> record(RecordKey key) {
    Optional<Release> release = releases.byId(key.releaseId());
    if (release.isEmpty()) {
      return Optional.empty();
    }
    List<String> headers = release.get().headers();
    long id = key.releaseId();
    long row = key.row();
    List<String> cells =
        jdbc.query(CELLS, rs -> JsonColumns.stringList(rs.getString(1)), id, row).stream()
            .findFirst()
            .orElse(null);
    if (cells == null) {
      return Optional.empty();
    }
    RawRow raw = new RawRow(RawRow.uniqueHeaders(headers, cells.size()), cells);
    return jdbc
        .query(
            RECORD,
            rs ->
                new CasualtyRecord(
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
                    raw),
            id,
            row)
        .stream()
        .findFirst()
        .map(r -> new StoredRecord(key, release.get(), r, null));
  }
}
