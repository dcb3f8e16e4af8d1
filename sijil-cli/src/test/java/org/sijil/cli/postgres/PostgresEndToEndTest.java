package org.sijil.cli.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.cli.Cli;
import org.sijil.cli.serve.SampleRegister;

/**
 * The same commands on DuckDB and on a real PostgreSQL (from {@code PGHOST}/{@code PGPORT}/ {@code
 * PGUSER}/{@code PGDATABASE}/{@code PGPASSWORD}, in a fresh schema): import three releases, link,
 * list the review queue. Both registers answer alike. Skips when no server answers, unless {@code
 * SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresEndToEndTest {

  @TempDir Path dir;
  private final Map<String, String> env = System.getenv();
  private String schema;

  @Test
  void importLinkAndReviewListAnswerAsOnDuckDb() {
    schema = "sijil_cli_" + UUID.randomUUID().toString().replace("-", "");
    admin("CREATE SCHEMA " + schema);
    Path pg =
        Path.of(
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
    SampleRegister.writeLists(dir);
    SampleRegister.Built duck = SampleRegister.build(dir, dir.resolve("e2e.db"));
    SampleRegister.Built post = SampleRegister.build(dir, pg);

    assertEquals(duck.linked(), post.linked());
    assertEquals(
        withoutTimes(Cli.ok("releases", "--db", duck.db(), "--format", "json").json()),
        withoutTimes(Cli.ok("releases", "--db", pg, "--format", "json").json()));
    JsonNode queue = Cli.ok("review", "list", "--db", pg, "--format", "json").json();
    assertFalse(queue.isEmpty(), "the samples leave pairs to review");
    assertEquals(
        withoutTimes(Cli.ok("review", "list", "--db", duck.db(), "--format", "json").json()),
        withoutTimes(queue));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** The rows with their time columns removed (the two imports ran at different times). */
  private static JsonNode withoutTimes(JsonNode rows) {
    for (JsonNode r : rows) {
      ((ObjectNode) r).remove(java.util.List.of("imported_at", "queued_at"));
    }
    return rows;
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
