package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Prepared statements with plain values bound in order, and their rows mapped. */
final class Jdbc {

  /** Maps the current row of a result. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;

  Jdbc(Connection connection) {
    this.connection = connection;
  }

  <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (PreparedStatement ps = prepare(sql, args)) {
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  int update(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(sql, e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        bind(ps, i + 1, args[i]);
      }
      return ps;
    } catch (SQLException e) {
      ps.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
    if (v instanceof Instant t) {
      ps.setTimestamp(i, Timestamp.from(t));
    } else if (v instanceof LocalDate d) {
      ps.setDate(i, Date.valueOf(d));
    } else if (v instanceof Null n) {
      ps.setNull(i, n.sqlType());
    } else {
      ps.setObject(i, v);
    }
  }

  /** A typed SQL NULL (drivers differ on untyped nulls). */
  record Null(int sqlType) {
    static final Null DATE = new Null(java.sql.Types.DATE);
    static final Null VARCHAR = new Null(java.sql.Types.VARCHAR);
  }

  static Object date(LocalDate d) {
    return d == null ? Null.DATE : d;
  }

  static Object text(String s) {
    return s == null ? Null.VARCHAR : s;
  }

  static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  private static IllegalStateException failure(String sql, SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    int nl = m.indexOf('\n');
    return new IllegalStateException(
        "incidents store: " + (nl < 0 ? m : m.substring(0, nl)) + " (in " + sql + ")", e);
  }
}
