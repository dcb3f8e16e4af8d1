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

/** Statement helpers for the shared areas: parameters bound by type, rows mapped by a function. */
final class Jdbc {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final String area;

  /**
   * @param area names the area in error messages ("users", "sessions", "jobs")
   */
  Jdbc(Connection connection, String area) {
    this.connection = connection;
    this.area = area;
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the rows changed. */
  int update(String sql, Object... args) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  <T> List<T> query(String sql, Row<T> row, Object... args) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, args);
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** An instant from a nullable timestamp column. */
  static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /** A typed SQL NULL (drivers differ on untyped nulls in some positions). */
  record Null(int sqlType) {
    static final Null DATE = new Null(java.sql.Types.DATE);
    static final Null VARCHAR = new Null(java.sql.Types.VARCHAR);
  }

  /** A date parameter, or a typed NULL. */
  static Object date(LocalDate d) {
    return d == null ? Null.DATE : d;
  }

  /** A text parameter, or a typed NULL. */
  static Object text(String s) {
    return s == null ? Null.VARCHAR : s;
  }

  /** A date from a nullable date column. */
  static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Instant t) {
        ps.setTimestamp(i + 1, Timestamp.from(t));
      } else if (a instanceof LocalDate d) {
        ps.setDate(i + 1, Date.valueOf(d));
      } else if (a instanceof Null n) {
        ps.setNull(i + 1, n.sqlType());
      } else if (a == null) {
        ps.setNull(i + 1, java.sql.Types.NULL);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException("cannot " + what + " " + area + ": " + message, e);
  }
}
