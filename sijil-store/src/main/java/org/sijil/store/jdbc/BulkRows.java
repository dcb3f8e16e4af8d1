package org.sijil.store.jdbc;

import org.sijil.store.RegisterTables;

/**
 * Rows appended in bulk to one table inside the connection's open transaction, by the backend's
 * fastest way in (DuckDB's appender, PostgreSQL's {@code COPY FROM STDIN}, else batched inserts).
 * Each row gives the values of the columns it was opened with, in that order, as the plain Java
 * values {@link RegisterTables} lists. {@link #close()} writes what is still buffered. A row's
 * array may be kept until then (PostgreSQL encodes rows on another thread): give each row its own.
 */
public interface BulkRows extends RegisterTables.Appender {

  /** Drops what is still buffered, without writing it: the transaction is being rolled back. */
  void discard();
}
