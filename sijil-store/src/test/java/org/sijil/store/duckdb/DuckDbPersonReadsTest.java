package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.PersonReadsContract;
import org.sijil.store.Register;

/** The by-id person read on DuckDB: a fresh file per test. */
class DuckDbPersonReadsTest extends PersonReadsContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("persons.db"));
  }
}
