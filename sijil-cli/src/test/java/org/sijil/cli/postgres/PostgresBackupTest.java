package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.cli.backup.BackupContract;

/**
 * {@code sijil backup} and {@code restore} DuckDB → archive → PostgreSQL → archive → DuckDB. Skips
 * when no server answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresBackupTest extends BackupContract {

  @RegisterExtension final TestPostgres postgres = new TestPostgres();

  @Override
  protected Path middle() {
    return postgres.newRegister("sijil_backup_");
  }
}
