package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.sijil.cli.copy.CopyContract;

/**
 * {@code sijil copy} from DuckDB into a fresh PostgreSQL schema and back into a new DuckDB file.
 * Skips when no server answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresCopyTest extends CopyContract {

  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Override
  protected Path middle() {
    schema = postgres.freshSchema("sijil_copy_");
    return postgres.register(schema);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }
}
