package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.IntakeContract;
import org.sijil.store.Register;

/** The intake contract on DuckDB: a fresh file per test. */
class DuckDbIntakeTest extends IntakeContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("intake.db"));
  }
}
