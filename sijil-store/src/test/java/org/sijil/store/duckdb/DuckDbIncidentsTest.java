package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.IncidentsContract;
import org.sijil.store.Register;

/** The incidents contract on a DuckDB file. */
class DuckDbIncidentsTest extends IncidentsContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("incidents.db"));
  }
}
