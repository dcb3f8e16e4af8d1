package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.sijil.store.Records;
import org.sijil.store.Release;

final class PostgresRecords implements Records {

  private final Connection connection;
  private final PostgresReleases releases;

  PostgresRecords(Connection connection, PostgresReleases releases) {
    this.connection = connection;
    this.releases = releases;
  }

  @Override
  public java.util.Optional<String> keyOf(long releaseId, long row) {
    return org.sijil.store.jdbc.JdbcRecordKeys.keyOf(connection, releaseId, row);
  }

  @Override
  public void forEach(long releaseId, Consumer<CasualtyRecord> action) {
    List<String> headers = releases.byId(releaseId).map(Release::headers).orElse(List.of());
    String sql =
        "SELECT r.row_no, r.id, r.name_ar, r.name_en, r.age_years, r.age_months, r.age_days, r.dob,"
            + " r.sex, r.source, r.dod, r.place, w.cells FROM records r"
            + " JOIN raw_rows w ON w.release_id = r.release_id AND w.row_no = r.row_no"
            + " WHERE r.release_id = ? ORDER BY r.row_no";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Age age = age(rs, 5);
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
                  raw(headers, Sql.stringList(rs.getString(13)))));
        }
      }
    } catch (SQLException e) {
      throw Sql.failure("cannot read records of release " + releaseId, e);
    }
  }

  /** The row's cells by header; cells beyond the header (extra empty cells) get "column N" keys. */
  private static RawRow raw(List<String> headers, List<String> cells) {
    return new RawRow(RawRow.uniqueHeaders(headers, cells.size()), cells);
  }

  /**
   * The age stored in columns {@code yearsColumn} (years), +1 (months), +2 (days); null when
   * absent.
   */
  static Age age(ResultSet rs, int yearsColumn) throws SQLException {
    int years = rs.getInt(yearsColumn);
    return rs.wasNull()
        ? null
        : new Age(years, rs.getInt(yearsColumn + 1), rs.getInt(yearsColumn + 2));
  }

  /** The stored sex code ({@code m}/{@code f}), null when absent. */
  static Sex sex(String code) {
    return code == null ? null : ("f".equals(code) ? Sex.FEMALE : Sex.MALE);
  }

  static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  @Override
  public List<RowReject> rejects(long releaseId) {
    String sql =
        "SELECT j.row_no, w.cells, j.reason FROM rejects j"
            + " JOIN raw_rows w ON w.release_id = j.release_id AND w.row_no = j.row_no"
            + " WHERE j.release_id = ? ORDER BY j.row_no";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      List<RowReject> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new RowReject(rs.getLong(1), Sql.stringList(rs.getString(2)), rs.getString(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read rejects of release " + releaseId, e);
    }
  }

  @Override
  public List<RowWarning> warnings(long releaseId) {
    String sql =
        "SELECT row_no, field, kind, value, message FROM warnings WHERE release_id = ?"
            + " ORDER BY row_no, field, kind";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      List<RowWarning> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RowWarning(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot read warnings of release " + releaseId, e);
    }
  }

  @Override
  public Map<String, Long> warningCounts(long releaseId) {
    String sql = "SELECT kind, COUNT(*) FROM warnings WHERE release_id = ? GROUP BY kind";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      Map<String, Long> out = new TreeMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getLong(2));
        }
      }
      return out;
    } catch (SQLException e) {
      throw Sql.failure("cannot count warnings of release " + releaseId, e);
    }
  }
}
