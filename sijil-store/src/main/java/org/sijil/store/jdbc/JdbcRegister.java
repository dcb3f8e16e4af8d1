package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import org.sijil.store.Estimates;
import org.sijil.store.Imports;
import org.sijil.store.Incidents;
import org.sijil.store.Intake;
import org.sijil.store.IntegrityLog;
import org.sijil.store.Jobs;
import org.sijil.store.Linkage;
import org.sijil.store.LogWitnesses;
import org.sijil.store.Records;
import org.sijil.store.Register;
import org.sijil.store.RegisterTables;
import org.sijil.store.Releases;
import org.sijil.store.Sessions;
import org.sijil.store.SourceNames;
import org.sijil.store.Suggestions;
import org.sijil.store.Users;

/**
 * The register over one JDBC connection, the same for both backends: every area is a small view
 * over the connection, and transactions are the connection's. A backend adds how it opens and
 * closes the connection, its migrations, and its {@link Backend} (bulk rows, the write lock).
 */
public abstract class JdbcRegister implements Register {

  private final Connection connection;
  private final Backend backend;
  private final List<Integer> schemaVersions;
  private final JdbcReleases releases;
  private final JdbcRecords records;
  private final JdbcImports imports;
  private final JdbcLinkage linkage;
  private final JdbcUsers users;
  private final JdbcSessions sessions;
  private final JdbcJobs jobs;
  private final JdbcEstimates estimates;
  private final JdbcSuggestions suggestions;
  private final JdbcSourceNames sourceNames;
  private final JdbcIntegrityLog integrity;
  private final JdbcIncidents incidents;

  /**
   * @param schemaVersions the migrations applied to the register (the backend has run them)
   */
  protected JdbcRegister(Connection connection, Backend backend, List<Integer> schemaVersions) {
    this.connection = connection;
    this.backend = backend;
    this.schemaVersions = schemaVersions;
    this.releases = new JdbcReleases(connection);
    this.records = new JdbcRecords(connection, releases);
    this.imports = new JdbcImports(connection, releases, backend);
    this.linkage = new JdbcLinkage(connection, backend);
    this.users = new JdbcUsers(connection);
    this.sessions = new JdbcSessions(connection);
    this.jobs = new JdbcJobs(connection);
    this.estimates = new JdbcEstimates(connection);
    this.suggestions = new JdbcSuggestions(connection);
    this.sourceNames = new JdbcSourceNames(connection);
    this.integrity = new JdbcIntegrityLog(connection, backend);
    this.incidents = new JdbcIncidents(connection);
  }

  /** The register's one connection, for the backend's own open and close. */
  protected final Connection connection() {
    return connection;
  }

  @Override
  public final Releases releases() {
    return releases;
  }

  @Override
  public final Records records() {
    return records;
  }

  @Override
  public final Imports imports() {
    return imports;
  }

  @Override
  public final Linkage linkage() {
    return linkage;
  }

  @Override
  public final Users users() {
    return users;
  }

  @Override
  public final Sessions sessions() {
    return sessions;
  }

  @Override
  public final Jobs jobs() {
    return jobs;
  }

  @Override
  public final Estimates estimates() {
    return estimates;
  }

  @Override
  public final Suggestions suggestions() {
    return suggestions;
  }

  @Override
  public final SourceNames sourceNames() {
    return sourceNames;
  }

  @Override
  public final IntegrityLog integrity() {
    return integrity;
  }

  @Override
  public final Intake intake() {
    return new JdbcIntake(connection);
  }

  @Override
  public final Incidents incidents() {
    return incidents;
  }

  @Override
  public final RegisterTables tables() {
    return new JdbcTables(connection, backend);
  }

  @Override
  public final org.sijil.store.PersonReads personReads() {
    return new JdbcPersonReads(connection, releases, backend);
  }

  @Override
  public final org.sijil.store.RecordAmendments amendments() {
    return new JdbcRecordAmendments(connection);
  }

  @Override
  public final LogWitnesses witnesses() {
    return new JdbcLogWitnesses(connection);
  }

  @Override
  public final List<Integer> schemaVersions() {
    return schemaVersions;
  }

  /**
   * Runs {@code work} in one transaction; inside another, it joins it (store areas commit only the
   * transactions they started). Rolls back when {@code work} throws.
   */
  @Override
  public final <T> T transaction(Supplier<T> work) {
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
}
