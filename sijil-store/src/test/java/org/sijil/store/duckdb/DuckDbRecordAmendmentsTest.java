package org.sijil.store.duckdb;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.store.RecordAmendmentsContract;
import org.sijil.store.Register;

/** The record amendments contract on DuckDB: a fresh file per test. */
class DuckDbRecordAmendmentsTest extends RecordAmendmentsContract {

  @TempDir Path dir;

  @Override
  protected Register create() {
    return Register.open(dir.resolve("amendments.db"));
  }
}
