package org.sijil.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connection pool per server, database and user, shared by every register opened on it in this
 * process. Callers open a register per request or command (as with a DuckDB file); the pool makes
 * that cheap. Pools live until the process ends (their threads are daemons).
 */
final class PostgresPools {

  /** Connections per pool: the server handles requests in parallel; a command uses one. */
  static final int MAX_CONNECTIONS = 8;

  /** How long a caller waits for a free connection or a server that does not answer. */
  static final long CONNECT_TIMEOUT_MILLIS = 10_000;

  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();

  private PostgresPools() {}

  static HikariDataSource pool(PostgresUrl url, Map<String, String> env) {
    return POOLS.computeIfAbsent(url.toString(), k -> create(url, env));
  }

  private static HikariDataSource create(PostgresUrl url, Map<String, String> env) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("sijil " + url);
    config.setJdbcUrl(url.jdbcUrl());
    config.setUsername(url.user());
    String password = env.get("PGPASSWORD");
    if (password != null && !password.isEmpty()) {
      config.setPassword(password);
    }
    // Sends each batch of row inserts as multi-row INSERTs (the import's bulk path).
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", "sijil");
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
    // Fail at open with the server's own words, not later at the first query.
    config.setInitializationFailTimeout(1);
    // The fail-fast check's connection stays in the pool only while the minimum is above zero
    // (else HikariCP closes it), and each login costs the client thousands of SCRAM rounds: keep
    // it for the caller's first connection, then let the pool shrink to nothing when idle. The
    // pool's first top-up comes 100 ms after start, long after the minimum is back to zero.
    config.setMinimumIdle(1);
    HikariDataSource pool = new HikariDataSource(config);
    pool.getHikariConfigMXBean().setMinimumIdle(0);
    return pool;
  }
}
