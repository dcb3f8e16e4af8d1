package org.sijil.cli.postgres;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the CLI tests use, from the libpq environment variables ({@code PGHOST},
 * {@code PGPORT}, {@code PGUSER}, {@code PGDATABASE}, {@code PGPASSWORD}), as {@code pg_virtualenv}
 * sets them. When nothing answers, the test is skipped with the reason, unless {@code
 * SIJIL_REQUIRE_POSTGRES=1} (CI), which fails it instead.
 *
 * <p>Registered as an extension ({@code @RegisterExtension}), it is the set-up the PostgreSQL tests
 * share: {@link #newRegister} makes a register in a fresh schema, dropped after the test that made
 * it (or, made in {@code @BeforeAll} of a per-class test, after the class).
 */
public final class TestPostgres implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private final Map<String, String> env = System.getenv();
  private final List<String> forTest = new ArrayList<>();
  private final List<String> forClass = new ArrayList<>();
  private boolean inTest;

  /** A register in a fresh schema named {@code prefix...}, dropped afterwards. */
  public Path newRegister(String prefix) {
    String schema = freshSchema(prefix);
    (inTest ? forTest : forClass).add(schema);
    return register(schema);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    inTest = true;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    inTest = false;
    forTest.forEach(this::dropSchema);
    forTest.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    forClass.forEach(this::dropSchema);
    forClass.clear();
  }

  /** Creates an empty schema with a fresh name and returns it. */
  public String freshSchema(String prefix) {
    String schema = prefix + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  public void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** The register whose tables live in {@code schema}, as a {@code --db} value. */
  public Path register(String schema) {
    return Path.of(
        "postgresql://"
            + user()
            + "@"
            + host()
            + ":"
            + port()
            + "/"
            + database()
            + "?currentSchema="
            + schema);
  }

  private String user() {
    return env.getOrDefault("PGUSER", System.getProperty("user.name"));
  }

  private String host() {
    return env.getOrDefault("PGHOST", "localhost");
  }

  private String port() {
    return env.getOrDefault("PGPORT", "5432");
  }

  private String database() {
    return env.getOrDefault("PGDATABASE", "postgres");
  }

  private void execute(String sql) {
    Properties p = new Properties();
    p.setProperty("user", user());
    if (env.get("PGPASSWORD") != null) {
      p.setProperty("password", env.get("PGPASSWORD"));
    }
    String url = "jdbc:postgresql://" + host() + ":" + port() + "/" + database();
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
