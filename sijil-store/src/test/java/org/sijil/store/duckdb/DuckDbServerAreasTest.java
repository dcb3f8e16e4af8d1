package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;
import org.sijil.store.ServerAreasContract;

/** The server areas' contract on DuckDB: a fresh file per test. */
class DuckDbServerAreasTest extends ServerAreasContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("areas.db"));
  }

  @Override
  protected Register reopen() {
    return Register.open(dir.resolve("areas.db"));
  }
}
