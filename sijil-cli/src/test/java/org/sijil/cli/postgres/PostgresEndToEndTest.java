package org.sijil.cli.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @Test
  void importLinkAndReviewListAnswerAsOnDuckDb() {
    Path pg = postgres.newRegister("sijil_cli_");
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

  /** The rows with their time columns removed (the two imports ran at different times). */
  private static JsonNode withoutTimes(JsonNode rows) {
    for (JsonNode r : rows) {
      ((ObjectNode) r).remove(java.util.List.of("imported_at", "queued_at"));
    }
    return rows;
  }
}
