package org.sijil.store.migrate;

import java.util.List;

/**
 * One numbered schema change: plain SQL statements (portable between DuckDB and PostgreSQL) read
 * from {@code org/sijil/store/migrations/V<n>.sql} on the classpath.
 *
 * @param version its number, 1, 2, 3...
 * @param description the file's first comment line
 * @param statements the statements, in order
 */
public record Migration(int version, String description, List<String> statements) {

  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration version must be >= 1, got " + version);
    }
    statements = List.copyOf(statements);
  }
}
