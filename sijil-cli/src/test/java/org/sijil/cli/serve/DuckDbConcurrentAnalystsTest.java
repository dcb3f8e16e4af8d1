package org.sijil.cli.serve;

import java.nio.file.Path;

/** Twenty analysts at once on a DuckDB register file. */
class DuckDbConcurrentAnalystsTest extends ConcurrentAnalystsContract {

  @Override
  protected Path registerIn(Path dir) {
    return dir.resolve("load.db");
  }
}
