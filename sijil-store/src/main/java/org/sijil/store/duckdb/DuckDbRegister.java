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
import org.sijil.store.Imports;
import org.sijil.store.Records;
import org.sijil.store.Register;
import org.sijil.store.RegisterBusy;
import org.sijil.store.Releases;
import org.sijil.store.Users;
import org.sijil.store.jdbc.JdbcEstimates;
import org.sijil.store.jdbc.JdbcRecords;
import org.sijil.store.jdbc.JdbcReleases;
import org.sijil.store.migrate.Migrations;

/** The register in an embedded DuckDB file: one JDBC connection, areas as small views over it. */
public final class DuckDbRegister implements Register {

  private final Path file;
  private final Connection connection;
  private final List<Integer> schemaVersions;
  private final JdbcReleases releases;
  private final JdbcRecords records;
  private final DuckDbImports imports;
  private final DuckDbLinkage linkage;
  private final org.sijil.store.jdbc.JdbcUsers users;
  private final org.sijil.store.jdbc.JdbcSessions sessions;
  private final org.sijil.store.jdbc.JdbcJobs jobs;
  private final JdbcEstimates estimates;
  private final org.sijil.store.jdbc.JdbcSuggestions suggestions;
  private final org.sijil.store.jdbc.JdbcSourceNames sourceNames;
  private final org.sijil.store.jdbc.JdbcRecordAmendments amendments;
  private final DuckDbIntegrityLog integrity;
  private final org.sijil.store.jdbc.JdbcIncidents incidents;

  private DuckDbRegister(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
    this.schemaVersions = Migrations.migrate(connection, Migrations.available());
    this.releases = new JdbcReleases(connection);
    this.records = new JdbcRecords(connection, releases);
    this.imports = new DuckDbImports(connection, releases);
    this.linkage = new DuckDbLinkage(connection);
    this.users = new org.sijil.store.jdbc.JdbcUsers(connection);
    this.sessions = new org.sijil.store.jdbc.JdbcSessions(connection);
    this.jobs = new org.sijil.store.jdbc.JdbcJobs(connection);
    this.estimates = new JdbcEstimates(connection);
    this.suggestions = new org.sijil.store.jdbc.JdbcSuggestions(connection);
    this.sourceNames = new org.sijil.store.jdbc.JdbcSourceNames(connection);
    this.amendments = new org.sijil.store.jdbc.JdbcRecordAmendments(connection);
    this.integrity = new DuckDbIntegrityLog(connection);
    this.incidents = new org.sijil.store.jdbc.JdbcIncidents(connection);
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

  /** The JDBC connection, for store areas added in this package (linkage, users...). */
  Connection connection() {
    return connection;
  }

  public Path file() {
    return file;
  }

  @Override
  public Releases releases() {
    return releases;
  }

  @Override
  public Records records() {
    return records;
  }

  @Override
  public Imports imports() {
    return imports;
  }

  @Override
  public org.sijil.store.Linkage linkage() {
    return linkage;
  }

  @Override
  public org.sijil.store.Estimates estimates() {
    return estimates;
  }

  @Override
  public org.sijil.store.Suggestions suggestions() {
    return suggestions;
  }

  @Override
  public org.sijil.store.SourceNames sourceNames() {
    return sourceNames;
  }

  @Override
  public org.sijil.store.RecordAmendments amendments() {
    return amendments;
  }

  @Override
  public org.sijil.store.IntegrityLog integrity() {
    return integrity;
  }

  @Override
  public org.sijil.store.Intake intake() {
    return new org.sijil.store.jdbc.JdbcIntake(connection);
  }

  @Override
  public org.sijil.store.Incidents incidents() {
    return incidents;
  }

  @Override
  public org.sijil.store.RegisterTables tables() {
    return new org.sijil.store.jdbc.JdbcTables(connection);
  }

  @Override
  public org.sijil.store.LogWitnesses witnesses() {
    return new org.sijil.store.jdbc.JdbcLogWitnesses(connection);
  }

  /**
   * Runs {@code work} in one transaction; inside another, it joins it (store areas commit only the
   * transactions they started). Rolls back when {@code work} throws.
   */
  @Override
  public <T> T transaction(java.util.function.Supplier<T> work) {
    try {
      if (!connection.getAutoCommit()) {
        return work.get();
      }
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw Sql.failure("cannot start a transaction", e);
    }
    try {
      T result = work.get();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollbackQuietly();
      throw Sql.failure("cannot commit", e);
    } catch (RuntimeException | Error e) {
      rollbackQuietly();
      throw e;
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is failing already
      }
    }
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original error matters
    }
  }

  @Override
  public Users users() {
    return users;
  }

  @Override
  public org.sijil.store.Sessions sessions() {
    return sessions;
  }

  @Override
  public org.sijil.store.Jobs jobs() {
    return jobs;
  }

  @Override
  public List<Integer> schemaVersions() {
    return schemaVersions;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close register " + file + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(Path file, Path absolute, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    long pauseMillis = FIRST_PAUSE_MILLIS;
    while (true) {
      try {
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + absolute);
        NativeLibraryFiles.cleanUpOnce();
        return c;
      } catch (SQLException e) {
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
  }

  /** DuckDB's words when another process holds the file's lock. */
  static boolean isLockConflict(SQLException e) {
    String m = e.getMessage();
    return m != null && (m.contains("Could not set lock") || m.contains("Conflicting lock"));
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
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing; the original error matters
    }
  }
}
