package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;
import org.sijil.store.ReleaseDiffsContract;

/** The release diffs contract on DuckDB: a fresh file per test. */
class DuckDbReleaseDiffsTest extends ReleaseDiffsContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("diffs.db"));
  }
}
