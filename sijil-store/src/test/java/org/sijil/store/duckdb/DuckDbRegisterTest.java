package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.Register;
import org.sijil.store.RegisterContract;

/** The register contract on the DuckDB backend: a fresh file per test. */
class DuckDbRegisterTest extends RegisterContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("contract.db"));
  }

  @Override
  protected Register reopen() {
    return Register.open(dir.resolve("contract.db"));
  }
}
