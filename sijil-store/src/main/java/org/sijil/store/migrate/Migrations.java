package org.sijil.store.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.sijil.core.UserError;

/**
 * Finds the numbered SQL migrations on the classpath and applies the ones a register lacks.
 *
 * <p>To add a migration, drop a file {@code V<n>.sql} (n = next free number, no zero padding) into
 * {@code sijil-store/src/main/resources/org/sijil/store/migrations/}; its first line is a {@code
 * --} comment describing it. Statements are separated by a {@code ;} at the end of a line. Use
 * plain SQL that DuckDB and PostgreSQL both accept; only where PostgreSQL needs different SQL, put
 * its own file of the same number in {@code migrations/postgres/} ({@link #available(String)}).
 * Nothing else needs registering: files are found by number.
 *
 * <p>Each migration runs in its own transaction together with its {@code schema_version} row, so a
 * register is never left half-migrated. Applied versions are recorded individually, so migrations
 * merged out of order (e.g. 3 before 2) are still each applied exactly once.
 */
public final class Migrations {

  static final String DIRECTORY = "org/sijil/store/migrations/";

  /** Probing stops here; far above any number this project will reach. */
  static final int MAX_VERSION = 999;

  /**
   * Probing also stops after this many numbers in a row with no file in any folder. Numbers may be
   * skipped (a branch's migration not merged), but never by this many; and each number missing is a
   * lookup that searches every module of the JDK before the jar (probing to {@link #MAX_VERSION}
   * cost every command about a fifth of a CPU second at start).
   */
  static final int MAX_GAP = 50;

  private Migrations() {}

  /** All migrations on the classpath, ascending by version. */
  public static List<Migration> available() {
    return firstOf(DIRECTORY);
  }

  /**
   * All migrations for a backend whose SQL differs in places, ascending by version: its own file
   * {@code V<n>.sql} in {@code directory} (a classpath folder ending in {@code /}; PostgreSQL:
   * {@code org/sijil/store/migrations/postgres/}) where it has one, else the shared file of that
   * number. A migration whose SQL is portable is written once, in the shared folder; a backend
   * keeps its own copy only when its SQL differs (a type name, a collation, an index).
   */
  public static List<Migration> available(String directory) {
    return firstOf(directory, DIRECTORY);
  }

  private static List<Migration> firstOf(String... directories) {
    ClassLoader loader = Migrations.class.getClassLoader();
    List<Migration> found = new ArrayList<>();
    int last = 0;
    for (int v = 1; v <= MAX_VERSION && v - last <= MAX_GAP; v++) {
      for (String directory : directories) {
        String sql = read(loader, directory, v);
        if (sql != null) {
          found.add(parse(v, sql));
          last = v;
          break;
        }
      }
    }
    return found;
  }

  private static String read(ClassLoader loader, String directory, int v) {
    try (InputStream in = loader.getResourceAsStream(directory + "V" + v + ".sql")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + directory + "V" + v + ".sql", e);
    }
  }

  /** Splits a migration file into its description and statements. */
  static Migration parse(int version, String sql) {
    String description = "";
    StringBuilder body = new StringBuilder();
    for (String line : sql.split("\r?\n")) {
      String t = line.strip();
      if (t.startsWith("--")) {
        if (description.isEmpty()) {
          description = t.substring(2).strip();
        }
        continue;
      }
      body.append(line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String s : body.toString().split(";\\s*(\\n|$)")) {
      if (!s.isBlank()) {
        statements.add(s.strip());
      }
    }
    return new Migration(version, description, statements);
  }

  /**
   * Brings the schema of {@code connection} up to date and returns the versions now applied.
   *
   * @throws UserError if the register has a version this build does not know (written by a newer
   *     Sijil)
   */
  public static List<Integer> migrate(Connection connection, List<Migration> migrations) {
    try {
      Optional<List<Integer>> current = current(connection, migrations);
      if (current.isPresent()) {
        return current.get();
      }
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (Statement st = connection.createStatement()) {
        st.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
      }
      TreeSet<Integer> applied = applied(connection);
      TreeSet<Integer> known = new TreeSet<>();
      migrations.forEach(m -> known.add(m.version()));
      for (int v : applied) {
        if (!known.contains(v)) {
          throw new UserError(
              "the register has schema version "
                  + v
                  + " which this sijil does not know; use a newer sijil");
        }
      }
      connection.setAutoCommit(false);
      for (Migration m : migrations) {
        if (applied.contains(m.version())) {
          continue;
        }
        try (Statement st = connection.createStatement()) {
          for (String sql : m.statements()) {
            st.execute(sql);
          }
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.executeUpdate();
          }
          connection.commit();
        } catch (SQLException e) {
          connection.rollback();
          if (!appliedMeanwhile(connection, m.version())) {
            throw new IllegalStateException(
                "migration V" + m.version() + " failed: " + e.getMessage(), e);
          }
        }
        applied.add(m.version());
      }
      connection.setAutoCommit(autoCommit);
      return List.copyOf(applied);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot migrate the register: " + e.getMessage(), e);
    }
  }

  /**
   * The versions applied when they are exactly {@code migrations}' (nothing to do), else empty (a
   * new register, one behind this build, or one a newer build wrote): one read, no statement that
   * writes or locks, so a process opening its register again and again pays a query for it.
   */
  public static Optional<List<Integer>> current(Connection connection, List<Migration> migrations)
      throws SQLException {
    TreeSet<Integer> applied;
    try {
      applied = applied(connection);
    } catch (SQLException e) {
      if (!connection.getAutoCommit()) {
        connection.rollback(); // the failed read ends the transaction on either backend
      }
      return Optional.empty(); // no schema_version yet
    }
    TreeSet<Integer> known = new TreeSet<>();
    migrations.forEach(m -> known.add(m.version()));
    return applied.equals(known) ? Optional.of(List.copyOf(applied)) : Optional.empty();
  }

  /** The versions recorded in {@code schema_version}. */
  public static TreeSet<Integer> applied(Connection connection) throws SQLException {
    TreeSet<Integer> applied = new TreeSet<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT version FROM schema_version")) {
      while (rs.next()) {
        applied.add(rs.getInt(1));
      }
    }
    return applied;
  }

  /** How long a failed migration waits for another connection that is applying it. */
  private static final long CONCURRENT_WAIT_MILLIS = 5_000;

  /**
   * Whether another connection applied version {@code v} while this one tried to (two opens of one
   * register at once, e.g. the server reading its snapshot while its jobs start): the conflict is
   * then harmless. Waits a little for the other connection's commit.
   */
  private static boolean appliedMeanwhile(Connection connection, int v) throws SQLException {
    long deadline = System.currentTimeMillis() + CONCURRENT_WAIT_MILLIS;
    while (true) {
      boolean applied = applied(connection).contains(v);
      connection.commit(); // a fresh snapshot at the next look
      if (applied || System.currentTimeMillis() > deadline) {
        return applied;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
