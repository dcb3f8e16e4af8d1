package org.sijil.cli.serve;

import java.nio.file.Path;
import org.sijil.cli.postgres.TestPostgres;

/**
 * The served-register tests on a register in PostgreSQL (a fresh schema of the server {@code
 * pg_virtualenv} or the libpq variables name): the same pages and API answers as from a DuckDB
 * file. Skipped when no PostgreSQL answers, unless {@code SIJIL_REQUIRE_POSTGRES=1}.
 */
class PostgresServedRegisterTest extends ServedRegisterContract {

  @org.junit.jupiter.api.extension.RegisterExtension
  final TestPostgres postgres = new TestPostgres();

  @Override
  Path registerIn(Path dir) {
    return postgres.newRegister("sijil_served_");
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
}
