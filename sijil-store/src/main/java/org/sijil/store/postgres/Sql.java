package org.sijil.store.postgres;

import java.sql.SQLException;

/**
 * Errors of the PostgreSQL store areas, with the driver's first line (JSON columns: {@code
 * JsonColumns}).
 */
final class Sql {

  private Sql() {}

  static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + PostgresRegister.firstLine(e.getMessage()), e);
  }
}
