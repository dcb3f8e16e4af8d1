package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use, from the libpq environment variables. Connection failures
 * (SQL state class 08: nothing answers) skip the test with a message; any other failure (a wrong
 * password) fails it. {@code SIJIL_REQUIRE_POSTGRES=1} turns the skip into a failure.
 */
public record TestServer(String host, int port, String user, String database, String password) {

  public static final String REQUIRE = "SIJIL_REQUIRE_POSTGRES";

  public static TestServer fromEnvironment() {
    Map<String, String> env = System.getenv();
    return new TestServer(
        env.getOrDefault("PGHOST", "localhost"),
        Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
        env.getOrDefault("PGUSER", System.getProperty("user.name")),
        env.getOrDefault("PGDATABASE", "postgres"),
        env.get("PGPASSWORD"));
  }

  /** Creates an empty schema with a fresh name (or skips the test when no server answers). */
  public String freshSchema() {
    String schema = "sijil_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  public void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** The register URL whose tables live in {@code schema}. */
  public String url(String schema) {
    return "postgresql://"
        + user
        + "@"
        + host
        + ":"
        + port
        + "/"
        + database
        + "?currentSchema="
        + schema;
  }

  /** The rows of {@code sql} run in {@code schema}, each value as text (null as null). */
  public List<List<String>> query(String schema, String sql) {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
    try (Connection c = DriverManager.getConnection(url + "?currentSchema=" + schema, p);
        Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> rows = new java.util.ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new java.util.ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  private void execute(String sql) {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/" + database, p);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      boolean noServer = e.getSQLState() != null && e.getSQLState().startsWith("08");
      if (noServer && !"1".equals(System.getenv(REQUIRE))) {
        assumeTrue(
            false,
            "no PostgreSQL server answers at "
                + host
                + ":"
                + port
                + " (set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run under pg_virtualenv): "
                + e.getMessage());
      }
      throw new IllegalStateException(
          "PostgreSQL at " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }
}
