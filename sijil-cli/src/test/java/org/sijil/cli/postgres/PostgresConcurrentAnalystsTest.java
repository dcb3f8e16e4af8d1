package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.cli.serve.ConcurrentAnalystsContract;

/**
 * Twenty analysts at once on a register in a real PostgreSQL (a fresh schema; skips without a
 * server, unless {@code SIJIL_REQUIRE_POSTGRES=1}).
 */
class PostgresConcurrentAnalystsTest extends ConcurrentAnalystsContract {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @Override
  protected Path registerIn(Path dir) {
    return postgres.newRegister("sijil_load_");
  }
}
