package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sijil.core.record.Age;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RawRow;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.core.record.Sex;
import org.sijil.store.Linkage;
import org.sijil.store.Records;
import org.sijil.store.Release;

/**
 * Parsed records, raw rows, rejects and warnings of stored releases, the same SQL on both backends.
 */
public final class JdbcRecords implements Records {

  private final Connection connection;
  private final JdbcReleases releases;
  private final Jdbc jdbc;

  public JdbcRecords(Connection connection, JdbcReleases releases) {
    this.connection = connection;
    this.releases = releases;
    this.jdbc = new Jdbc(connection, "records");
  }

  @Override
  public java.util.Map<Linkage.RecordKey, String> keysOf(
      java.util.Collection<Linkage.RecordKey> records) {
    return JdbcRecordKeys.keysOf(connection, records);
  }

  @Override
  public void forEach(long releaseId, Consumer<CasualtyRecord> action) {
    List<String> headers = releases.byId(releaseId).map(Release::headers).orElse(List.of());
    String sql =
        "SELECT r.row_no, r.id, r.name_ar, r.name_en, r.age_years, r.age_months, r.age_days, r.dob,"
            + " r.sex, r.source, r.dod, r.place, w.cells FROM records r"
            + " JOIN raw_rows w ON w.release_id = r.release_id AND w.row_no = r.row_no"
            + " WHERE r.release_id = ? ORDER BY r.row_no";
    // Rows of a release share their header keys; only a row with a different cell count needs
    // others.
    Map<Integer, String[]> keysByCount = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Age age = age(rs, 5);
          List<String> cells = JsonColumns.stringList(rs.getString(13));
          action.accept(
              new CasualtyRecord(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  age,
                  date(rs.getDate(8)),
                  sex(rs.getString(9)),
                  rs.getString(10),
                  date(rs.getDate(11)),
                  rs.getString(12),
                  new RawRow(
                      keysByCount.computeIfAbsent(
                          cells.size(), n -> RawRow.uniqueHeaders(headers, n)),
                      cells)));
        }
      }
    } catch (SQLException e) {
      String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new IllegalStateException(
          "cannot read records of release " + releaseId + ": " + message, e);
    }
  }

  /**
   * The age stored in columns {@code yearsColumn} (years), +1 (months), +2 (days); null when
   * absent.
   */
  public static Age age(ResultSet rs, int yearsColumn) throws SQLException {
    int years = rs.getInt(yearsColumn);
    return rs.wasNull()
        ? null
        : new Age(years, rs.getInt(yearsColumn + 1), rs.getInt(yearsColumn + 2));
  }

  /** The stored sex code ({@code m}/{@code f}), null when absent. */
  public static Sex sex(String code) {
    return code == null ? null : ("f".equals(code) ? Sex.FEMALE : Sex.MALE);
  }

  /** A nullable date column's value. */
  public static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  @Override
  public List<RowReject> rejects(long releaseId) {
    return jdbc.query(
        "SELECT j.row_no, w.cells, j.reason FROM rejects j"
            + " JOIN raw_rows w ON w.release_id = j.release_id AND w.row_no = j.row_no"
            + " WHERE j.release_id = ? ORDER BY j.row_no",
        rs ->
            new RowReject(rs.getLong(1), JsonColumns.stringList(rs.getString(2)), rs.getString(3)),
        releaseId);
  }

  @Override
  public List<RowWarning> warnings(long releaseId) {
    return jdbc.query(
        "SELECT row_no, field, kind, value, message FROM warnings WHERE release_id = ?"
            + " ORDER BY row_no, field, kind",
        rs ->
            new RowWarning(
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
        releaseId);
  }

  @Override
  public Map<String, Long> warningCounts(long releaseId) {
    Map<String, Long> out = new TreeMap<>();
    jdbc.query(
            "SELECT kind, COUNT(*) FROM warnings WHERE release_id = ? GROUP BY kind",
            rs -> Map.entry(rs.getString(1), rs.getLong(2)),
            releaseId)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
