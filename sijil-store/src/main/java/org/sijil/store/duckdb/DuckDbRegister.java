package org.sijil.store.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.sijil.core.UserError;
import org.sijil.store.RegisterBusy;
import org.sijil.store.jdbc.JdbcRegister;
import org.sijil.store.jdbc.Sql;
import org.sijil.store.migrate.Migration;
import org.sijil.store.migrate.Migrations;

/** The register in an embedded DuckDB file: one JDBC connection, areas as small views over it. */
public final class DuckDbRegister extends JdbcRegister {

  /** The migrations this build has, read from the classpath once (each open used to probe it). */
  private static final List<Migration> AVAILABLE = Migrations.available();

  private final Path file;

  private DuckDbRegister(Path file, Connection connection) {
    super(connection, new DuckDbBackend(), Migrations.migrate(connection, AVAILABLE));
    this.file = file;
  }

  private static final long FIRST_PAUSE_MILLIS = 25;
  private static final long MAX_PAUSE_MILLIS = 500;

  /**
   * How long a plain open waits for another process's lock (a server writing a decision holds it
   * for milliseconds).
   */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  public static DuckDbRegister open(Path file) {
    return open(file, DEFAULT_WAIT);
  }

  /**
   * Opens the register, waiting up to {@code wait} while another process holds its lock (retrying
   * with growing pauses), then failing with {@link RegisterBusy}.
   */
  public static DuckDbRegister open(Path file, Duration wait) {
    Path absolute = file.toAbsolutePath();
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
    } catch (IOException e) {
      throw new UserError(
          "cannot create the folder for register " + file + ": " + e.getMessage(), e);
    }
    Connection c = connect(file, absolute, wait);
    try {
      return new DuckDbRegister(file, c);
    } catch (RuntimeException e) {
      closeQuietly(c);
      throw e;
    }
  }

  /** Keeps a register file open in this process until closed ({@link #hold}). */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Opens {@code file} without migrating it and keeps it open until the result is closed, so that
   * this process's opens of the register meanwhile share the database DuckDB already has open: such
   * an open costs under a millisecond instead of ~30 (the linked 1M register), and finds DuckDB's
   * cache warm. Empty, without waiting, when the file does not exist or another process holds it.
   */
  public static java.util.Optional<Held> hold(Path file) {
    Path absolute = file.toAbsolutePath();
    if (!Files.isRegularFile(absolute)) {
      return java.util.Optional.empty();
    }
    try {
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute);
      return java.util.Optional.of(() -> closeQuietly(c));
    } catch (SQLException e) {
      return java.util.Optional.empty(); // another process has it: the caller's own open waits
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      connection().close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close register " + file + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(Path file, Path absolute, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    long pauseMillis = FIRST_PAUSE_MILLIS;
    boolean marked = false;
    try {
      while (true) {
        try {
          Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute);
          NativeLibraryFiles.cleanUpOnce();
          return c;
        } catch (SQLException e) {
          if (isOtherProcess(e)) {
            WaitMarks.mark(absolute);
            marked = true;
          }
          if (!isLockConflict(e)) {
            throw new UserError(
                "cannot open register "
                    + file
                    + " (is another sijil using it?): "
                    + firstLine(e.getMessage()),
                e);
          }
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new RegisterBusy(file, wait, firstLine(e.getMessage()), e);
          }
          sleep(Math.min(pauseMillis, Math.max(1, left / 1_000_000)));
          pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
        }
      }
    } finally {
      if (marked) {
        WaitMarks.clear(absolute); // had the file, or gave up: either way no longer waiting
      }
    }
  }

  /** DuckDB's words when another process holds the file (not a race within this process). */
  static boolean isOtherProcess(SQLException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"));
  }

  /**
   * True when another process marked within the last seconds that it waits for {@code file} ({@link
   * WaitMarks}): a server holding the file between requests lets it go.
   */
  public static boolean awaited(Path file) {
    return WaitMarks.fresh(file.toAbsolutePath());
  }

  /**
   * DuckDB's words when another process holds the file's lock, or when another thread of this
   * process opens or closes the same file at that moment ("Unique file handle conflict ... already
   * attached": two opens of one file share it, but one racing with another's close fails; it passes
   * on a retry).
   */
  static boolean isLockConflict(SQLException e) {
    String m = e.getMessage();
    return m != null
        && (m.contains("Could not set lock")
            || m.contains("Conflicting lock")
            || m.contains("Unique file handle conflict"));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the register lock", ie);
    }
  }

  static String firstLine(String s) {
    return Sql.firstLine(s);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the original error matters
    }
  }
}
