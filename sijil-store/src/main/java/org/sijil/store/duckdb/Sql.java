package org.sijil.store.duckdb;

import java.sql.SQLException;

/**
 * Errors of the DuckDB store areas, with the driver's first line (JSON columns: {@code
 * JsonColumns}).
 */
final class Sql {

  private Sql() {}

  static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + DuckDbRegister.firstLine(e.getMessage()), e);
  }
}
