package org.sijil.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sijil.store.SourceNames;

/**
 * Source display names (table {@code source_names} of migration 13) in portable SQL, for DuckDB and
 * PostgreSQL alike. A save replaces the row (delete, then insert) so no upsert dialect is needed.
 */
public final class JdbcSourceNames implements SourceNames {

  private static final String COLUMNS = "source, name_en, name_ar, named_by, named_at";

  private final Jdbc jdbc;

  public JdbcSourceNames(Connection connection) {
    this.jdbc = new Jdbc(connection, "source names");
  }

  @Override
  public void save(Named n) {
    jdbc.update("DELETE FROM source_names WHERE source = ?", n.source());
    jdbc.update(
        "INSERT INTO source_names (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
        n.source(),
        Jdbc.text(n.english()),
        Jdbc.text(n.arabic()),
        n.by(),
        n.at());
  }

  @Override
  public Optional<Named> find(String source) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM source_names WHERE source = ?",
            JdbcSourceNames::named,
            source)
        .stream()
        .findFirst();
  }

  @Override
  public List<Named> all() {
    return jdbc.query(
        "SELECT " + COLUMNS + " FROM source_names ORDER BY source", JdbcSourceNames::named);
  }

  private static Named named(ResultSet rs) throws SQLException {
    return new Named(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), Jdbc.instant(rs, 5));
  }
}
