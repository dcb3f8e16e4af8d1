package org.sijil.store;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every stored row, table by table, for moving a whole register between backends ({@code sijil
 * copy}). Persistence only: which tables move and how the result is checked is the application
 * layer's business. Values are plain Java values the same on every backend: {@code String}, {@code
 * Integer}, {@code Long}, {@code Double}, {@code Boolean}, {@code byte[]}, {@code
 * java.time.LocalDate}, {@code java.time.LocalDateTime} (a timestamp's stored wall-clock value,
 * kept exactly), or null.
 */
public interface RegisterTables {

  /** Receives the rows of a table one at a time (the array is the caller's to keep). */
  @FunctionalInterface
  interface RowSink {
    void row(Object[] values);
  }

  /** Appends rows to one table, in batches; {@link #close()} writes what is left. */
  interface Appender extends AutoCloseable {
    void add(Object[] values);

    @Override
    void close();
  }

  /**
   * The register's tables by name, ascending; the migrations' own bookkeeping and a backend's
   * derived tables (rebuilt from the others as they are written) are left out.
   */
  List<String> names();

  /** The columns of {@code table} in their stored order. */
  List<String> columns(String table);

  /** How many rows {@code table} holds. */
  long count(String table);

  /** Reads every row of {@code table}, the given columns in that order, in no particular order. */
  void scan(String table, List<String> columns, RowSink sink);

  /** Starts appending rows of the given columns to {@code table} (inside the open transaction). */
  Appender append(String table, List<String> columns);

  /**
   * Runs {@code work} with every read seeing the register as of one moment (one read-only
   * transaction), so a copy taken while others write is consistent.
   */
  <T> T consistentRead(Supplier<T> work);
}
