package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;
import org.sijil.store.SourceNamesContract;

/** The source names contract on DuckDB: a fresh file per test. */
class DuckDbSourceNamesTest extends SourceNamesContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("names.db"));
  }
}
