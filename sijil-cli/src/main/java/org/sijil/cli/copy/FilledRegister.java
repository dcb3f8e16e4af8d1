package org.sijil.cli.copy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.sijil.app.copy.CopyRegister;
import org.sijil.store.Register;

/**
 * What {@code sijil copy} and {@code sijil restore} share about the register they fill: a DuckDB
 * file the command creates goes away again when filling it fails, so the next run starts clean; and
 * the line that tells the integrity log came over equal.
 */
public final class FilledRegister {

  private FilledRegister() {}

  /**
   * Runs {@code fill}; when it throws and {@code db} was a DuckDB file that did not exist before,
   * deletes that file (and its write-ahead log) before passing the error on.
   */
  public static <T> T deletedOnFailure(Path db, Supplier<T> fill) {
    boolean newFile = !Register.isPostgres(db) && !Files.exists(db);
    try {
      return fill.get();
    } catch (RuntimeException e) {
      if (newFile) {
        deleteQuietly(db);
      }
      throw e;
    }
  }

  /** Prints that the integrity log is equal, as checked against the {@code how} entries. */
  public static void printLogEqual(PrintWriter out, CopyRegister.LogState log, String how) {
    out.printf(
        "Integrity log equal: %,d entries, root %s (checked against the %s entries).%n",
        log.size(), log.root(), how);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
    } catch (IOException ignored) {
      // the command's own error is what matters; a left-over empty register is refused as such
    }
  }
}
