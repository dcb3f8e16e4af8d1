package org.sijil.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sijil.core.UserError;
import org.sijil.store.jdbc.JdbcRegister;
import org.sijil.store.jdbc.Sql;
import org.sijil.store.migrate.Migration;
import org.sijil.store.migrate.Migrations;

/**
 * The register in a PostgreSQL database: one pooled connection per open register, areas as small
 * views over it (the same SQL as the DuckDB backend; bulk rows by {@code COPY FROM STDIN}).
 */
public final class PostgresRegister extends JdbcRegister {

  /** PostgreSQL's own numbered migrations, the same numbers as DuckDB's. */
  static final String MIGRATIONS = "org/sijil/store/migrations/postgres/";

  /** The migrations this build has, read from the classpath once (each open used to probe it). */
  private static final List<Migration> AVAILABLE = Migrations.available(MIGRATIONS);

  /**
   * The advisory lock every writing transaction (an import, a link run, a migration) takes, so
   * writers queue as they do on a DuckDB file and new ids ({@code max + 1}) never collide.
   */
  static final long WRITE_LOCK = 0x53_69_6a_69_6cL;

  private final PostgresUrl url;

  private PostgresRegister(PostgresUrl url, Connection connection) throws SQLException {
    super(connection, new PostgresBackend(), migrate(connection));
    this.url = url;
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
    Optional<List<Integer>> current = Migrations.current(c, AVAILABLE);
    if (current.isPresent()) {
      return current.get(); // up to date: no turn at the lock every writer queues on
    }
    try (Statement s = c.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + WRITE_LOCK + ")");
    }
    try {
      return Migrations.migrate(c, AVAILABLE);
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

  /** Gives the connection back to the pool (rolling back anything left open). */
  @Override
  public void close() {
    try {
      Connection connection = connection();
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close register " + url + ": " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return Sql.firstLine(t.getMessage());
  }
}
