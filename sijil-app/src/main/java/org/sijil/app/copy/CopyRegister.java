package org.sijil.app.copy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sijil.app.ProgressListener;
import org.sijil.core.UserError;
import org.sijil.core.integrity.Hashes;
import org.sijil.core.integrity.TransparencyLog;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;

/**
 * Use case: copy a whole register into an empty one (DuckDB file or PostgreSQL, either way), every
 * table row for row. Rules:
 *
 * <ul>
 *   <li>Both registers are at the same schema version (each is migrated when opened).
 *   <li>The destination holds no rows: copying never merges into, or overwrites, a register.
 *   <li>Everything is copied except {@link #LEFT_OUT} (sign-ins stay with the server that made
 *       them: users sign in again on the copy).
 *   <li>The source is read as of one moment, and the destination is written in one transaction,
 *       which commits only when every table's row count equals the source's and the destination's
 *       integrity log has the source's size and root, both as stored and as recomputed from the
 *       copied entries. Otherwise nothing is written, so running again is always safe.
 * </ul>
 */
public final class CopyRegister {

  /** Tables not copied: sessions are sign-ins on one server, not part of the record. */
  public static final Set<String> LEFT_OUT = Set.of("sessions");

  /**
   * Tables copied before the rest, in this order, because others refer to them by foreign key
   * ({@code releases.source_id} to {@code sources}); the rest follow by name.
   */
  static final List<String> COPIED_FIRST = List.of("sources");

  /** Log entries read per query while recomputing the root. */
  private static final int ENTRY_CHUNK = 10_000;

  /** How often (rows) progress is reported. */
  private static final int PROGRESS_EVERY = 10_000;

  /** A copied table and its rows. */
  public record Table(String name, long rows) {}

  /** The integrity log's size and root (hex). */
  public record LogState(long size, String root) {}

  /** What was copied, and the log both registers now share. */
  public record Result(List<Table> tables, long rows, LogState log) {}

  private final Register from;
  private final Register to;

  public CopyRegister(Register from, Register to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Copies the register.
   *
   * @throws UserError when the destination is not empty, the schemas differ, or the copy's counts
   *     or integrity log do not equal the source's (then nothing was written)
   */
  public Result copy(ProgressListener progress) {
    if (!from.schemaVersions().equals(to.schemaVersions())) {
      throw new UserError(
          "the registers are at different schema versions (source "
              + from.schemaVersions()
              + ", destination "
              + to.schemaVersions()
              + "): copy with the Sijil version that wrote the newer one");
    }
    RegisterTables source = from.tables();
    RegisterTables destination = to.tables();
    return source.consistentRead(
        () -> {
          List<String> names = copied(source.names());
          requireEmpty(destination);
          LogState expected = storedLog(from.integrity());
          return to.transaction(
              () -> {
                List<Table> tables = new ArrayList<>();
                long rows = 0;
                for (String name : names) {
                  long n = copyTable(name, source, destination, progress);
                  tables.add(new Table(name, n));
                  rows += n;
                }
                check(tables, destination, expected);
                return new Result(List.copyOf(tables), rows, expected);
              });
        });
  }

  /** The tables to copy, in copy order. */
  private static List<String> copied(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String name : COPIED_FIRST) {
      if (names.contains(name)) {
        out.add(name);
      }
    }
    for (String name : names) {
      if (!LEFT_OUT.contains(name) && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static void requireEmpty(RegisterTables destination) {
    for (String name : copied(destination.names())) {
      long n = destination.count(name);
      if (n > 0) {
        throw new UserError(
            "the destination already holds a register (table "
                + name
                + " has "
                + n
                + " rows): copy only writes into a new file or an empty database, so nothing is"
                + " merged or overwritten");
      }
    }
  }

  private static long copyTable(
      String name, RegisterTables source, RegisterTables destination, ProgressListener progress) {
    List<String> columns = source.columns(name);
    List<String> there = destination.columns(name);
    if (!new TreeSet<>(columns).equals(new TreeSet<>(there))) {
      throw new UserError(
          "table "
              + name
              + " has columns "
              + columns
              + " in the source but "
              + there
              + " in the destination: the schemas differ");
    }
    long total = source.count(name);
    long[] done = {0};
    progress.progress("copy " + name, 0, total);
    try (RegisterTables.Appender out = destination.append(name, columns)) {
      source.scan(
          name,
          columns,
          row -> {
            out.add(row);
            if (++done[0] % PROGRESS_EVERY == 0) {
              progress.progress("copy " + name, done[0], total);
            }
          });
    }
    progress.progress("copy " + name, done[0], total);
    return done[0];
  }

  /** Refuses (rolling the copy back) unless counts and the log equal the source's. */
  private void check(List<Table> tables, RegisterTables destination, LogState expected) {
    for (Table t : tables) {
      long n = destination.count(t.name());
      if (n != t.rows()) {
        throw refused("table " + t.name() + " holds " + n + " rows, the source " + t.rows());
      }
    }
    LogState stored = storedLog(to.integrity());
    if (!stored.equals(expected)) {
      throw refused("the copied log's stored tree is " + stored + ", the source's " + expected);
    }
    LogState recomputed = recomputedLog(to.integrity());
    if (!recomputed.equals(expected)) {
      throw refused(
          "the copied log's entries hash to " + recomputed + ", the source's tree is " + expected);
    }
  }

  private static UserError refused(String why) {
    return new UserError("copy refused, nothing was written: " + why);
  }

  /** The log's size and root as its stored tree hashes give them. */
  public static LogState storedLog(IntegrityLog log) {
    TransparencyLog tree = TransparencyLog.open(log.hashes());
    return new LogState(tree.size(), Hashes.hex(tree.root()));
  }

  /** The size and root of a tree built afresh from the log's stored entries. */
  public static LogState recomputedLog(IntegrityLog log) {
    TransparencyLog tree = TransparencyLog.inMemory();
    long count = log.entryCount();
    for (long start = 0; start < count; start += ENTRY_CHUNK) {
      List<IntegrityLog.Entry> entries = log.entries(start, Math.min(count, start + ENTRY_CHUNK));
      tree.appendAll(entries.stream().map(IntegrityLog.Entry::bytes).toList());
    }
    return new LogState(tree.size(), Hashes.hex(tree.root()));
  }
}
