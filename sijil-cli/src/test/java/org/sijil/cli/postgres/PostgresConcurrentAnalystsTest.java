package org.sijil.cli.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.sijil.cli.serve.ConcurrentAnalystsContract;

/**
 * Twenty analysts at once on a register in a real PostgreSQL (a fresh schema; skips without a
 * server, unless {@code SIJIL_REQUIRE_POSTGRES=1}).
 */
class PostgresConcurrentAnalystsTest extends ConcurrentAnalystsContract {

  private final Map<String, String> env = System.getenv();
  private String schema;

  @Override
  protected Path registerIn(Path dir) {
    schema = "sijil_load_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE SCHEMA " + schema);
    return Path.of(
        "postgresql://"
            + env.getOrDefault("PGUSER", System.getProperty("user.name"))
            + "@"
            + env.getOrDefault("PGHOST", "localhost")
            + ":"
            + env.getOrDefault("PGPORT", "5432")
            + "/"
            + env.getOrDefault("PGDATABASE", "postgres")
            + "?currentSchema="
            + schema);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private void admin(String sql) {
    Properties p = new Properties();
    p.setProperty("user", env.getOrDefault("PGUSER", System.getProperty("user.name")));
    if (env.get("PGPASSWORD") != null) {
      p.setProperty("password", env.get("PGPASSWORD"));
    }
    String url =
        "jdbc:postgresql://"
            + env.getOrDefault("PGHOST", "localhost")
            + ":"
            + env.getOrDefault("PGPORT", "5432")
            + "/"
            + env.getOrDefault("PGDATABASE", "postgres");
    try (Connection c = DriverManager.getConnection(url, p);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      boolean noServer = e.getSQLState() != null && e.getSQLState().startsWith("08");
      assumeTrue(
          !noServer || "1".equals(env.get("SIJIL_REQUIRE_POSTGRES")),
          "no PostgreSQL server answers at "
              + url
              + " (run under pg_virtualenv): "
              + e.getMessage());
      throw new IllegalStateException(url + ": " + e.getMessage(), e);
    }
  }
}
