package org.sijil.cli.postgres;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.sijil.cli.backup.BackupContract;

/**
 * {@code sijil backup} and {@code restore} DuckDB → archive → PostgreSQL → archive → DuckDB. Skips
 * when no server answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresBackupTest extends BackupContract {

  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Override
  protected Path middle() {
    schema = postgres.freshSchema("sijil_backup_");
    return postgres.register(schema);
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }
}
