package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.sijil.store.jdbc.BulkRows;

/**
 * Rows into {@code records} that also keep their list keys' buckets ({@link KeyBuckets}), written
 * when the rows are: by a release's writer, {@code sijil copy} and {@code restore} alike, so every
 * record stored on PostgreSQL can be found by its key. A release's buckets are written as soon as
 * the rows of another release follow, so a copy holds one release's keys at a time.
 */
final class RecordsAppender implements BulkRows {

  private final Connection connection;
  private final BulkRows rows;
  private final int releaseColumn;
  private final int rowColumn;
  private final int keyColumn;
  private final KeyBuckets buckets;

  /** {@code rows} of records' columns, of which release_id, row_no and id are at these places. */
  RecordsAppender(
      Connection connection, BulkRows rows, int releaseColumn, int rowColumn, int keyColumn) {
    this.connection = connection;
    this.rows = rows;
    this.releaseColumn = releaseColumn;
    this.rowColumn = rowColumn;
    this.keyColumn = keyColumn;
    this.buckets = new KeyBuckets(connection);
  }

  @Override
  public void add(Object[] values) {
    rows.add(values);
    try {
      buckets.add(
          ((Number) values[releaseColumn]).longValue(),
          ((Number) values[rowColumn]).longValue(),
          (String) values[keyColumn]);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** The most list keys held at once (for tests: a copy holds one release's at a time). */
  long mostKeysHeld() {
    return buckets.mostHeld();
  }

  @Override
  public void discard() {
    rows.discard();
    buckets.discard();
  }

  @Override
  public void close() {
    rows.close();
    try {
      buckets.write();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static IllegalStateException failure(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    return new IllegalStateException("cannot write the records' key buckets: " + message, e);
  }
}
