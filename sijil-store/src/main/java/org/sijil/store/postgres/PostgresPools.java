package org.sijil.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One connection pool per server, database and user, shared by every register opened on it in this
 * process. Callers open a register per request or command (as with a DuckDB file); the pool makes
 * that cheap. Pools live until the process ends (their threads are daemons).
 *
 * <p>A pool is made by logging in once ({@link FirstLoginKept}): a server that does not answer or
 * refuses the user fails the open at once in its own words, and that connection is the caller's
 * first. The pool itself keeps no minimum of idle connections and makes none at start, so nothing
 * is topped up behind the caller's back and an idle pool shrinks to nothing.
 */
final class PostgresPools {

  /** Connections per pool: the server handles requests in parallel; a command uses one. */
  static final int MAX_CONNECTIONS = 8;

  /** How long a caller waits for a free connection or a server that does not answer. */
  static final long CONNECT_TIMEOUT_MILLIS = 10_000;

  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

  private PostgresPools() {}

  /**
   * The pool of {@code url}, made (with a first login) when this process has none yet.
   *
   * @throws IllegalStateException with the driver's error as its cause when that login fails
   */
  static HikariDataSource pool(PostgresUrl url, Map<String, String> env) {
    return POOLS.computeIfAbsent(url.toString(), k -> create(url, env));
  }

  private static HikariDataSource create(PostgresUrl url, Map<String, String> env) {
    try {
      return new HikariDataSource(config(url, new FirstLoginKept(driver(url, env))));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot log in to " + url, e);
    }
  }

  /** The driver's own data source for {@code url}, the password from {@code env}'s PGPASSWORD. */
  private static DataSource driver(PostgresUrl url, Map<String, String> env) {
    PGSimpleDataSource driver = new PGSimpleDataSource();
    driver.setURL(url.jdbcUrl());
    driver.setUser(url.user());
    String password = env.get("PGPASSWORD");
    if (password != null && !password.isEmpty()) {
      driver.setPassword(password);
    }
    // Sends each batch of row inserts as multi-row INSERTs (the import's bulk path).
    driver.setReWriteBatchedInserts(true);
    driver.setApplicationName("sijil");
    driver.setLoginTimeout((int) (CONNECT_TIMEOUT_MILLIS / 1000));
    return driver;
  }

  /**
   * The pool's settings over {@code logins}: no idle minimum (HikariCP's house-keeper would top the
   * pool up to it while the caller holds the first connection: a second login) and no start-up
   * check of its own (it would close the first login, with no minimum to keep it for).
   */
  static HikariConfig config(PostgresUrl url, DataSource logins) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sijil " + url);
    config.setDataSource(logins);
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
    config.setMinimumIdle(0);
    config.setInitializationFailTimeout(-1);
    return config;
  }
}
