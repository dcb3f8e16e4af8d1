package org.sijil.store.postgres;

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
import org.sijil.store.jdbc.CellsJson;
import org.sijil.store.jdbc.JdbcReleases;
import org.sijil.store.jdbc.JsonColumns;

/**
 * Streams a release into PostgreSQL with {@code COPY ... FROM STDIN} ({@link CopyRows}) inside one
 * open transaction; the release row itself is written last, at commit, with the final counts.
 */
final class PostgresReleaseWriter implements ReleaseWriter {

  private final Connection connection;
  private final JdbcReleases releases;
  private final ReleaseSpec spec;
  private final int sourceId;
  private final long releaseId;
  private final CopyRows rawRows;
  private final CopyRows records;
  private final CopyRows rejects;
  private final CopyRows warnings;
  private final CellsJson cellsJson = new CellsJson();
  private long imported;
  private long rejected;
  private long warned;
  private boolean done;

  PostgresReleaseWriter(
      Connection connection, JdbcReleases releases, ReleaseSpec spec, int sourceId, long releaseId)
      throws SQLException {
    this.connection = connection;
    this.releases = releases;
    this.spec = spec;
    this.sourceId = sourceId;
    this.releaseId = releaseId;
    this.rawRows = new CopyRows(connection, "raw_rows", "release_id", "row_no", "cells");
    this.records =
        new CopyRows(
            connection,
            "records",
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
            "place");
    this.rejects = new CopyRows(connection, "rejects", "release_id", "row_no", "reason");
    this.warnings =
        new CopyRows(
            connection, "warnings", "release_id", "row_no", "field", "kind", "value", "message");
  }

  @Override
  public void record(List<String> cells, CasualtyRecord r) {
    check();
    try {
      raw(r.row(), cells);
      records.integer(releaseId).integer(r.row()).text(r.id()).text(r.nameAr()).text(r.nameEn());
      if (r.age() == null) {
        records.integer((Integer) null).integer((Integer) null).integer((Integer) null);
      } else {
        records.integer(r.age().years()).integer(r.age().months()).integer(r.age().days());
      }
      records.date(r.dob()).text(r.sex() == null ? null : r.sex().code()).text(r.source());
      records.date(r.dod()).text(r.place()).endRow();
      imported++;
    } catch (SQLException e) {
      throw Sql.failure("cannot store row " + r.row() + " of " + spec.fileName(), e);
    }
  }

  @Override
  public void reject(RowReject reject) {
    check();
    try {
      raw(reject.row(), reject.cells());
      rejects.integer(releaseId).integer(reject.row()).text(reject.reason()).endRow();
      rejected++;
    } catch (SQLException e) {
      throw Sql.failure("cannot store rejected row " + reject.row() + " of " + spec.fileName(), e);
    }
  }

  @Override
  public void warning(RowWarning w) {
    check();
    try {
      warnings.integer(releaseId).integer(w.row()).text(w.field()).text(w.kind()).text(w.value());
      warnings.text(w.message()).endRow();
      warned++;
    } catch (SQLException e) {
      throw Sql.failure("cannot store a warning for row " + w.row() + " of " + spec.fileName(), e);
    }
  }

  private void raw(long row, List<String> cells) throws SQLException {
    rawRows.integer(releaseId).integer(row).text(cellsJson.encode(cells)).endRow();
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
      for (CopyRows a : List.of(rawRows, records, rejects, warnings)) {
        a.close();
      }
      String sql =
          "INSERT INTO releases (release_id, source_id, label, as_of, imported_at, file_name,"
              + " file_sha256, file_format, encoding, preamble, headers, mapping, rows_read,"
              + " rows_imported, rows_rejected, warnings, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
    for (CopyRows a : List.of(rawRows, records, rejects, warnings)) {
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
