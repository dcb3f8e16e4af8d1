package org.sijil.cli.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.sijil.cli.postgres.TestPostgres;

/**
 * The served-register tests on a register in PostgreSQL (a fresh schema of the server {@code
 * pg_virtualenv} or the libpq variables name): the same pages and API answers as from a DuckDB
 * file. Skipped when no PostgreSQL answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresServedRegisterTest extends ServedRegisterContract {

  private final TestPostgres postgres = new TestPostgres();
  private String schema;

  @Override
  Path registerIn(Path dir) {
    schema = postgres.freshSchema("sijil_served_");
    return postgres.register(schema);
  }

  @org.junit.jupiter.api.Test
  void theSearchIndexOfARegisterOnAServerLivesInTheUsersCacheNotInTheWorkingFolder() {
    Path index = org.sijil.server.store.RegisterSite.searchDirectory(built.db());
    org.junit.jupiter.api.Assertions.assertTrue(
        index.startsWith(Path.of(System.getProperty("user.home"), ".cache", "sijil", "search")),
        index.toString());
    org.junit.jupiter.api.Assertions.assertFalse(
        java.nio.file.Files.exists(Path.of("postgresql:")), "an index folder named after the URL");
  }

  @AfterAll
  void dropSchema() {
    if (schema != null) {
      postgres.dropSchema(schema);
    }
  }
}
