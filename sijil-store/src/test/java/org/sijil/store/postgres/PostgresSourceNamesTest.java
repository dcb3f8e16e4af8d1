package org.sijil.store.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.Register;
import org.sijil.store.SourceNamesContract;

/**
 * The source names contract on PostgreSQL, each test in a fresh schema; skips without a server,
 * like {@code PostgresRegisterTest}.
 */
class PostgresSourceNamesTest extends SourceNamesContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }
}
