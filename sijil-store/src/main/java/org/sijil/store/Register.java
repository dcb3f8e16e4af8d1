package org.sijil.store;

import java.nio.file.Path;
import org.sijil.store.duckdb.DuckDbRegister;

/**
 * The register: every release of every list, kept exactly. This is the one interface callers use to
 * reach storage; each area (releases, records, imports, and later persons, links, review decisions,
 * users) is a small interface reached through an accessor here, so a new area is a new interface
 * plus a new migration and existing callers stay untouched. A PostgreSQL backend would implement the
 * same interfaces.
 *
 * <p>Instances are not thread-safe; open one per thread or request.
 */
public interface Register extends AutoCloseable {

  /**
   * Opens (creating if absent) the DuckDB register file at {@code file} and brings its schema up to
   * date by applying any pending migrations. While another process holds the file's lock (a server
   * writing a decision, another command) it waits up to 10 s before giving up.
   *
   * @throws org.sijil.core.UserError if the file cannot be opened ({@link RegisterBusy} when another
   *     process holds its lock)
   */
  static Register open(Path file) {
    return DuckDbRegister.open(file);
  }

  /**
   * Opens the register like {@link #open(Path)}, but while another process (an import, a link) holds
   * its lock, waits up to {@code wait} before giving up.
   *
   * @throws RegisterBusy if the lock is still held after {@code wait}
   */
  static Register open(Path file, java.time.Duration wait) {
    return DuckDbRegister.open(file, wait);
  }

  /** Sources and their releases (metadata, counts). */
  Releases releases();

  /** Parsed records, raw rows, rejects and warnings of stored releases. */
  Records records();

  /** Writing new releases, one transaction each. */
  Imports imports();

  /** Persons, record links, linkage models and review (migration 2). */
  Linkage linkage();
  /** The server's users (migration 3). */
  Users users();

  /** Stored estimate runs (migration 4). */
  Estimates estimates();

  /** The transparency log: entries, tree hashes, checkpoints and snapshots (migration 5). */
  IntegrityLog integrity();

  /**
   * Runs {@code work} in one transaction, so a change and its log entry are stored together or not
   * at all; inside another transaction (e.g. a release being written), joins it.
   */
  <T> T transaction(java.util.function.Supplier<T> work);

  /** The schema versions applied to this register, ascending. */
  java.util.List<Integer> schemaVersions();

  @Override
  void close();
}
