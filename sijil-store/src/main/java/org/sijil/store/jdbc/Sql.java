package org.sijil.store.jdbc;

import java.sql.SQLException;

/**
 * Errors of the store, with the driver's first line only (the rest is often a dump of the
 * statement).
 */
public final class Sql {

  private Sql() {}

  public static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(what + ": " + firstLine(e.getMessage()), e);
  }

  public static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
