package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.sijil.core.record.CasualtyRecord;
import org.sijil.core.record.RowReject;
import org.sijil.core.record.RowWarning;
import org.sijil.store.Release;
import org.sijil.store.ReleaseSpec;
import org.sijil.store.ReleaseWriter;

/**
 * Streams a release in with the backend's bulk loader ({@link Backend#rows}) inside one open
 * transaction; the release row itself is written last, at commit, with the final counts.
 */
final class JdbcReleaseWriter implements ReleaseWriter {

  private final Connection connection;
  private final JdbcReleases releases;
  private final ReleaseSpec spec;
  private final int sourceId;
  private final long releaseId;
  private final BulkRows rawRows;
  private final BulkRows records;
  private final BulkRows rejects;
  private final BulkRows warnings;
  private final Backend backend;

  /** The log's row hashes, opened at the first {@link #rowHash} (most writers never store any). */
  private BulkRows rowHashes;

  private final CellsJson cellsJson = new CellsJson();
  private long imported;
  private long rejected;
  private long warned;
  private boolean done;

  JdbcReleaseWriter(
      Connection connection,
      JdbcReleases releases,
      Backend backend,
      ReleaseSpec spec,
      int sourceId,
      long releaseId)
      throws SQLException {
    this.connection = connection;
    this.releases = releases;
    this.spec = spec;
    this.sourceId = sourceId;
    this.releaseId = releaseId;
    this.backend = backend;
    this.rawRows = backend.rows(connection, "raw_rows", List.of("release_id", "row_no", "cells"));
    this.records =
        backend.rows(
            connection,
            "records",
            List.of(
                "release_id",
                "row_no",
                "id",
                "name_ar",
                "name_en",
                "age_years",
                "age_months",
                "age_days",
                "dob",
                "sex",
                "source",
                "dod",
                "place"));
    this.rejects = backend.rows(connection, "rejects", List.of("release_id", "row_no", "reason"));
    this.warnings =
        backend.rows(
            connection,
            "warnings",
            List.of("release_id", "row_no", "field", "kind", "value", "message"));
  }

  @Override
  public void record(List<String> cells, CasualtyRecord r) {
    check();
    raw(r.row(), cells);
    boolean aged = r.age() != null;
    records.add(
        new Object[] {
          releaseId,
          r.row(),
          r.id(),
          r.nameAr(),
          r.nameEn(),
          aged ? r.age().years() : null,
          aged ? r.age().months() : null,
          aged ? r.age().days() : null,
          r.dob(),
          r.sex() == null ? null : r.sex().code(),
          r.source(),
          r.dod(),
          r.place()
        });
    imported++;
  }

  @Override
  public void reject(RowReject reject) {
    check();
    raw(reject.row(), reject.cells());
    rejects.add(new Object[] {releaseId, reject.row(), reject.reason()});
    rejected++;
  }

  @Override
  public void warning(RowWarning w) {
    check();
    warnings.add(new Object[] {releaseId, w.row(), w.field(), w.kind(), w.value(), w.message()});
    warned++;
  }

  @Override
  public void rowHash(long row, byte[] hash) {
    check();
    if (rowHashes == null) {
      rowHashes = openRowHashes();
    }
    rowHashes.add(new Object[] {releaseId, row, hash});
  }

  /** Drops row hashes left under this release's id, as {@code saveRowHashes} does, then opens. */
  private BulkRows openRowHashes() {
    try {
      JdbcIntegrityLog.deleteRowHashes(connection, releaseId);
      return backend.rows(connection, "log_row_hashes", List.of("release_id", "row_no", "hash"));
    } catch (SQLException e) {
      throw Sql.failure("cannot store the row hashes of release " + spec.label(), e);
    }
  }

  /** The bulk writers opened so far, in the order they are closed. */
  private List<BulkRows> appenders() {
    return rowHashes == null
        ? List.of(rawRows, records, rejects, warnings)
        : List.of(rawRows, records, rejects, warnings, rowHashes);
  }

  private void raw(long row, List<String> cells) {
    rawRows.add(new Object[] {releaseId, row, cellsJson.encode(cells)});
  }

  @Override
  public Release commit() {
    if (spec.sha256() == null) {
      throw new IllegalStateException("the file's SHA-256 is not known: use commit(sha256)");
    }
    return commit(spec.sha256());
  }

  @Override
  public Release commit(String sha256) {
    return commit(sha256, stored -> {});
  }

  @Override
  public Release commit(String sha256, java.util.function.Consumer<Release> inTransaction) {
    ReleaseSpec.checkSha256(sha256);
    check();
    try {
      for (BulkRows a : appenders()) {
        a.close();
      }
      insertRelease(sha256);
      inTransaction.accept(releases.byId(releaseId).orElseThrow());
      connection.commit();
      connection.setAutoCommit(true);
      done = true;
      return releases.byId(releaseId).orElseThrow();
    } catch (SQLException e) {
      close();
      throw Sql.failure("cannot commit release " + spec.label(), e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void insertRelease(String sha256) throws SQLException {
    String sql =
        "INSERT INTO releases (release_id, source_id, label, as_of, imported_at, file_name,"
            + " file_sha256, file_format, encoding, preamble, headers, mapping, rows_read,"
            + " rows_imported, rows_rejected, warnings, imported_by)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, releaseId);
      ps.setInt(2, sourceId);
      ps.setString(3, spec.label());
      ps.setObject(4, spec.asOf() == null ? null : java.sql.Date.valueOf(spec.asOf()));
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      ps.setString(6, spec.fileName());
      ps.setString(7, sha256);
      ps.setString(8, spec.format());
      ps.setString(9, spec.encoding());
      ps.setString(10, JsonColumns.toJson(spec.preamble()));
      ps.setString(11, JsonColumns.toJson(spec.headers()));
      ps.setString(12, JsonColumns.toJson(spec.mapping()));
      ps.setLong(13, imported + rejected);
      ps.setLong(14, imported);
      ps.setLong(15, rejected);
      ps.setLong(16, warned);
      ps.setString(17, spec.importedBy());
      ps.executeUpdate();
    }
  }

  private void check() {
    if (done) {
      throw new IllegalStateException(
          "release " + spec.label() + " is already committed or closed");
    }
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    done = true;
    for (BulkRows a : appenders()) {
      a.discard();
    }
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw Sql.failure("cannot roll back release " + spec.label(), e);
    }
  }
}
