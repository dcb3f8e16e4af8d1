package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sijil.core.UserError;
import org.sijil.store.Intake;

/**
 * {@link Intake} over table {@code intake_submissions} (migrations 7 and 14), for DuckDB and
 * PostgreSQL. Column {@code status_reason} (migration 14) comes last, as {@code ALTER TABLE} put
 * it, so DuckDB's appender writes it last.
 */
public final class JdbcIntake implements Intake {

  /** Rows per multi-row INSERT: one statement per chunk instead of one per row. */
  private static final int ROWS_PER_INSERT = 200;

  /** IDs per IN (…) list when asking which are stored. */
  private static final int IDS_PER_QUERY = 500;

  private static final String COLUMNS =
      "submission_id, seq, source, origin, instance_id, replaces_id, replaces_instance, channel,"
          + " device_key, content_sha256, fields, contact_sealed, status, status_by, status_at,"
          + " received_by, received_at, log_index, status_reason";
  private static final int COLUMN_COUNT = 19;

  private final Connection connection;

  /** The area over a backend's connection (the backend owns transactions). */
  public JdbcIntake(Connection connection) {
    this.connection = connection;
  }

  @Override
  public Set<String> known(Collection<String> ids) {
    if (ids.size() > IDS_PER_QUERY) {
      return knownByScan(ids);
    }
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      String sql =
          "SELECT submission_id FROM intake_submissions WHERE submission_id IN ("
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
              + ")";
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      } catch (SQLException e) {
        throw failure("cannot read stored submissions", e);
      }
    }
    return found;
  }

  /** Many IDs: one scan of the stored IDs beats many long IN lists. */
  private Set<String> knownByScan(Collection<String> ids) {
    Set<String> wanted = ids instanceof Set<String> set ? set : new HashSet<>(ids);
    Set<String> found = new HashSet<>();
    try (PreparedStatement ps =
            connection.prepareStatement("SELECT submission_id FROM intake_submissions");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        if (wanted.contains(id)) {
          found.add(id);
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read stored submissions", e);
    }
    return found;
  }

  @Override
  public long nextSeq() {
    try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT coalesce(max(seq), 0) + 1 FROM intake_submissions");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("cannot read stored submissions", e);
    }
  }

  @Override
  public void add(List<Stored> submissions) {
    try {
      if (connection.isWrapperFor(org.duckdb.DuckDBConnection.class)) {
        // DuckDB binds large parameter lists slowly; its appender writes 10,000 rows in
        // milliseconds, in the same transaction.
        append(connection.unwrap(org.duckdb.DuckDBConnection.class), submissions);
        return;
      }
    } catch (SQLException e) {
      throw failure("cannot store submissions", e);
    }
    for (int from = 0; from < submissions.size(); from += ROWS_PER_INSERT) {
      List<Stored> chunk =
          submissions.subList(from, Math.min(submissions.size(), from + ROWS_PER_INSERT));
      String row = "(" + String.join(", ", java.util.Collections.nCopies(COLUMN_COUNT, "?")) + ")";
      String sql =
          "INSERT INTO intake_submissions ("
              + COLUMNS
              + ") VALUES "
              + String.join(", ", java.util.Collections.nCopies(chunk.size(), row));
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        int p = 1;
        for (Stored s : chunk) {
          p = bind(ps, p, s);
        }
        ps.executeUpdate();
      } catch (SQLException e) {
        throw failure("cannot store submissions", e);
      }
    }
  }

  private static void append(org.duckdb.DuckDBConnection duck, List<Stored> submissions)
      throws SQLException {
    try (org.duckdb.DuckDBAppender a = duck.createAppender("main", "intake_submissions")) {
      for (Stored s : submissions) {
        a.beginRow();
        text(a, s.id());
        a.append(s.seq());
        for (String v :
            new String[] {
              s.source(), s.origin(), s.instanceId(), s.replacesId(), s.replacesInstance(),
              s.channel(), s.deviceKey(), s.contentSha256(), s.fieldsJson(), s.contactSealed(),
              s.status(), s.statusBy()
            }) {
          text(a, v);
        }
        time(a, s.statusAt());
        text(a, s.receivedBy());
        time(a, s.receivedAt());
        a.append(s.logIndex());
        text(a, s.statusReason());
        a.endRow();
      }
    }
  }

  private static void text(org.duckdb.DuckDBAppender a, String v) throws SQLException {
    if (v == null) {
      a.appendNull();
    } else {
      a.append(v);
    }
  }

  private static void time(org.duckdb.DuckDBAppender a, Instant t) throws SQLException {
    if (t == null) {
      a.appendNull();
    } else {
      a.append(Timestamp.from(t).toLocalDateTime());
    }
  }

  private static int bind(PreparedStatement ps, int p, Stored s) throws SQLException {
    ps.setString(p++, s.id());
    ps.setLong(p++, s.seq());
    ps.setString(p++, s.source());
    ps.setString(p++, s.origin());
    ps.setString(p++, s.instanceId());
    ps.setString(p++, s.replacesId());
    ps.setString(p++, s.replacesInstance());
    ps.setString(p++, s.channel());
    ps.setString(p++, s.deviceKey());
    ps.setString(p++, s.contentSha256());
    ps.setString(p++, s.fieldsJson());
    ps.setString(p++, s.contactSealed());
    ps.setString(p++, s.status());
    ps.setString(p++, s.statusBy());
    time(ps, p++, s.statusAt());
    ps.setString(p++, s.receivedBy());
    time(ps, p++, s.receivedAt());
    ps.setLong(p++, s.logIndex());
    ps.setString(p++, s.statusReason());
    return p;
  }

  private static void time(PreparedStatement ps, int p, Instant t) throws SQLException {
    if (t == null) {
      ps.setNull(p, Types.TIMESTAMP);
    } else {
      ps.setTimestamp(p, Timestamp.from(t));
    }
  }

  @Override
  public List<Stored> all(String source) {
    return query(
        "SELECT " + COLUMNS + " FROM intake_submissions WHERE source = ? ORDER BY seq",
        source,
        Integer.MAX_VALUE);
  }

  @Override
  public List<Stored> withStatus(String status, int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM intake_submissions WHERE status = ? ORDER BY seq DESC",
        status,
        limit);
  }

  @Override
  public Optional<Stored> find(String id) {
    return query("SELECT " + COLUMNS + " FROM intake_submissions WHERE submission_id = ?", id, 1)
        .stream()
        .findFirst();
  }

  @Override
  public List<Stored> receivedBy(String user, int limit) {
    return query(
        "SELECT " + COLUMNS + " FROM intake_submissions WHERE received_by = ? ORDER BY seq DESC",
        user,
        limit);
  }

  @Override
  public boolean setStatus(String id, String status, String by, String reason, Instant at) {
    String sql =
        "UPDATE intake_submissions SET status = ?, status_by = ?, status_at = ?, status_reason = ?"
            + " WHERE submission_id = ?";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, status);
      ps.setString(2, by);
      time(ps, 3, at);
      ps.setString(4, reason);
      ps.setString(5, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("cannot set the status of submission " + id, e);
    }
  }

  private List<Stored> query(String sql, String param, int limit) {
    List<Stored> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (out.size() < limit && rs.next()) {
          out.add(read(rs));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read stored submissions", e);
    }
    return out;
  }

  private static Stored read(ResultSet rs) throws SQLException {
    return new Stored(
        rs.getString(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        instant(rs.getTimestamp(15)),
        rs.getString(19),
        rs.getString(16),
        instant(rs.getTimestamp(17)),
        rs.getLong(18));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static UserError failure(String what, SQLException e) {
    return new UserError(what + ": " + e.getMessage(), e);
  }
}
