package org.sijil.store;

import java.nio.file.Path;
import org.sijil.store.duckdb.DuckDbRegister;
import org.sijil.store.postgres.PostgresRegister;
import org.sijil.store.postgres.PostgresUrl;

/**
 * The register: every release of every list, kept exactly. This is the one interface callers use to
 * reach storage; each area (releases, records, imports, and later persons, links, review decisions,
 * users) is a small interface reached through an accessor here, so a new area is a new interface
 * plus a new migration and existing callers stay untouched. A PostgreSQL backend would implement
 * the same interfaces.
 *
 * <p>Instances are not thread-safe; open one per thread or request.
 */
public interface Register extends AutoCloseable {

  /**
   * Opens (creating if absent) the DuckDB register file at {@code file} and brings its schema up to
   * date by applying any pending migrations. While another process holds the file's lock (a server
   * writing a decision, another command) it waits up to 10 s before giving up.
   *
   * @throws org.sijil.core.UserError if the file cannot be opened ({@link RegisterBusy} when
   *     another process holds its lock)
   */
  static Register open(Path file) {
    if (isPostgres(file)) {
      return PostgresRegister.open(file.toString());
    }
    return DuckDbRegister.open(file);
  }

  /**
   * Opens the register {@code target} names: a PostgreSQL URL ({@code
   * postgresql://user@host:5432/name}, the password from {@code PGPASSWORD} or a password file,
   * never the URL) or a DuckDB file path.
   */
  static Register open(String target) {
    return PostgresUrl.matches(target) ? PostgresRegister.open(target) : open(Path.of(target));
  }

  /**
   * Whether {@code target} names a register on a PostgreSQL server rather than a file ({@code --db}
   * options are paths; a URL given there loses one slash, {@code postgresql:/user@host/name}).
   */
  static boolean isPostgres(Path target) {
    return PostgresUrl.matches(target.toString());
  }

  /**
   * How a register is named in messages: a file as its path, a PostgreSQL register as a URL ({@code
   * postgresql://user@host/name}, the slash a path loses put back).
   */
  static String shown(Path target) {
    String text = target.toString();
    if (!isPostgres(target)) {
      return text;
    }
    return "postgresql://" + text.substring(text.indexOf(':') + 1).replaceFirst("^/+", "");
  }

  /**
   * Whether a register is there to read: a DuckDB file exists; a PostgreSQL register is assumed to
   * (opening it creates the schema, and an empty register reads as empty).
   */
  static boolean exists(Path target) {
    return isPostgres(target) || java.nio.file.Files.isRegularFile(target);
  }

  /**
   * Starts loading, on a background thread, what opening {@code target} needs whatever the file:
   * DuckDB's native library, which its driver unpacks and loads at every start (about a second of
   * CPU). A command that calls this first parses its arguments and opens other files meanwhile; the
   * first open waits for it. Nothing for PostgreSQL.
   */
  static void prepareInBackground(Path target) {
    if (!isPostgres(target)) {
      org.sijil.store.duckdb.NativeLibraryPreload.start();
    }
  }

  /**
   * Opens the register like {@link #open(Path)}, but while another process (an import, a link)
   * holds its lock, waits up to {@code wait} before giving up.
   *
   * @throws RegisterBusy if the lock is still held after {@code wait}
   */
  static Register open(Path file, java.time.Duration wait) {
    if (isPostgres(file)) {
      return PostgresRegister.open(file.toString());
    }
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

  /** The server's signed-in sessions (migration 6). */
  Sessions sessions();

  /** Background jobs started from the web (migration 6). */
  Jobs jobs();

  /** Stored estimate runs (migration 4). */
  Estimates estimates();

  /** The transparency log: entries, tree hashes, checkpoints and snapshots (migration 5). */
  IntegrityLog integrity();

  /** Corrections suggested by readers, for analysts (migration 9). */
  Suggestions suggestions();

  /** Display names of sources in English and Arabic (migration 13). */
  SourceNames sourceNames();

  /** Analysts' corrections and removals of stored records (migration 16). */
  RecordAmendments amendments();

  /** Field submissions taken in (migration 7). */
  Intake intake();

  /** Incidents, their victims and persons' grading decisions (migration 8). */
  Incidents incidents();

  /** The log's witnesses and their cosignatures (migration 11). */
  LogWitnesses witnesses();

  /** One person's stored records read by id, without reading the register (issue 14). */
  PersonReads personReads();

  /** Every table's rows, for moving a whole register ({@code sijil copy}). */
  RegisterTables tables();

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
