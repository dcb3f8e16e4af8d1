package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.sijil.cli.serve.ConcurrentAnalystsContract;

/**
 * Twenty analysts at once on a register in a real PostgreSQL (a fresh schema; skips without a
 * server, unless {@code SIJIL_REQUIRE_POSTGRES=1}).
 */
class PostgresConcurrentAnalystsTest extends ConcurrentAnalystsContract {

  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Override
  protected Path registerIn(Path dir) {
    schema = postgres.freshSchema("sijil_load_");
    return postgres.register(schema);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }
}
