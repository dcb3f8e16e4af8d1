package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.cli.copy.CopyContract;

/**
 * {@code sijil copy} from DuckDB into a fresh PostgreSQL schema and back into a new DuckDB file.
 * Skips when no server answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresCopyTest extends CopyContract {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @Override
  protected Path middle() {
    return postgres.newRegister("sijil_copy_");
  }
}
