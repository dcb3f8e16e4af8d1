package org.sijil.cli.serve;

import java.nio.file.Path;

/** The served-register tests on the DuckDB register file (today's only backend). */
class DuckDbServedRegisterTest extends ServedRegisterContract {

  @Override
  Path registerIn(Path dir) {
    return dir.resolve("sijil.db");
  }
}
