package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.sijil.core.UserError;
import org.sijil.store.Estimates;
import org.sijil.store.Imports;
import org.sijil.store.Linkage;
import org.sijil.store.Records;
import org.sijil.store.Register;
import org.sijil.store.Releases;
import org.sijil.store.Users;
import org.sijil.store.jdbc.JdbcEstimates;
import org.sijil.store.jdbc.JdbcRecords;
import org.sijil.store.jdbc.JdbcReleases;
import org.sijil.store.migrate.Migrations;

/**
 * The register in a PostgreSQL database: one pooled connection per open register, areas as small
 * views over it (the same SQL shapes as the DuckDB backend; bulk rows as batched inserts).
 */
public final class PostgresRegister implements Register {

  /** PostgreSQL's own numbered migrations, the same numbers as DuckDB's. */
  static final String MIGRATIONS = "org/sijil/store/migrations/postgres/";

  /**
   * The advisory lock every writing transaction (an import, a link run, a migration) takes, so
   * writers queue as they do on a DuckDB file and new ids ({@code max + 1}) never collide.
   */
  static final long WRITE_LOCK = 0x53_69_6a_69_6cL;

  private final PostgresUrl url;
  private final Connection connection;
  private final List<Integer> schemaVersions;
  private final JdbcReleases releases;
  private final JdbcRecords records;
  private final PostgresImports imports;
  private final PostgresLinkage linkage;
  private final org.sijil.store.jdbc.JdbcUsers users;
  private final org.sijil.store.jdbc.JdbcSessions sessions;
  private final org.sijil.store.jdbc.JdbcJobs jobs;
  private final JdbcEstimates estimates;
  private final org.sijil.store.jdbc.JdbcSuggestions suggestions;
  private final org.sijil.store.jdbc.JdbcSourceNames sourceNames;
  private final org.sijil.store.jdbc.JdbcRecordAmendments amendments;
  private final PostgresIntegrityLog integrity;
  private final org.sijil.store.jdbc.JdbcIncidents incidents;

  private PostgresRegister(PostgresUrl url, Connection connection) throws SQLException {
    this.url = url;
    this.connection = connection;
    this.schemaVersions = migrate(connection);
    this.releases = new JdbcReleases(connection);
    this.records = new JdbcRecords(connection, releases);
    this.imports = new PostgresImports(connection, releases);
    this.linkage = new PostgresLinkage(connection);
    this.users = new org.sijil.store.jdbc.JdbcUsers(connection);
    this.sessions = new org.sijil.store.jdbc.JdbcSessions(connection);
    this.jobs = new org.sijil.store.jdbc.JdbcJobs(connection);
    this.estimates = new JdbcEstimates(connection);
    this.suggestions = new org.sijil.store.jdbc.JdbcSuggestions(connection);
    this.sourceNames = new org.sijil.store.jdbc.JdbcSourceNames(connection);
    this.amendments = new org.sijil.store.jdbc.JdbcRecordAmendments(connection);
    this.integrity = new PostgresIntegrityLog(connection);
    this.incidents = new org.sijil.store.jdbc.JdbcIncidents(connection);
  }

  /**
   * Opens the register at {@code target} ({@code postgresql://user@host:5432/name}), migrating it.
   */
  public static PostgresRegister open(String target) {
    return open(PostgresUrl.parse(target, System.getenv()), System.getenv());
  }

  /**
   * Opens the register in {@code url}'s database, the password from {@code env}'s {@code
   * PGPASSWORD} (else the driver's password file), and applies any pending migrations.
   *
   * @throws UserError if the server cannot be reached or refuses the connection
   */
  public static PostgresRegister open(PostgresUrl url, Map<String, String> env) {
    Connection c;
    try {
      c = PostgresPools.pool(url, env).getConnection();
    } catch (SQLException | RuntimeException e) {
      throw new UserError("cannot open register " + url + ": " + rootMessage(e), e);
    }
    try {
      return new PostgresRegister(url, c);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // already failing; the original error matters
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw Sql.failure("cannot open register " + url, (SQLException) e);
    }
  }

  /**
   * Migrations under the write lock: two processes opening a new database at once apply each once.
   */
  private static List<Integer> migrate(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + WRITE_LOCK + ")");
    }
    try {
      return Migrations.migrate(c, Migrations.available(MIGRATIONS));
    } finally {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_unlock(" + WRITE_LOCK + ")");
      }
    }
  }

  /** Takes the write lock for the rest of {@code connection}'s open transaction. */
  static void lockWrites(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SELECT pg_advisory_xact_lock(" + WRITE_LOCK + ")");
    }
  }

  public PostgresUrl url() {
    return url;
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
  public Linkage linkage() {
    return linkage;
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
  public Estimates estimates() {
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
    return new org.sijil.store.jdbc.JdbcTables(connection, CopyAppender::open);
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
  public List<Integer> schemaVersions() {
    return schemaVersions;
  }

  /** Gives the connection back to the pool (rolling back anything left open). */
  @Override
  public void close() {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close register " + url + ": " + e.getMessage(), e);
    }
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return firstLine(t.getMessage());
  }
}
