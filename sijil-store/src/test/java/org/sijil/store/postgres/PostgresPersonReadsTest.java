package org.sijil.store.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.PersonReadsContract;
import org.sijil.store.Register;

/**
 * The by-id person read on PostgreSQL, each test in a fresh schema; skips without a server, like
 * {@code PostgresRegisterTest}.
 */
class PostgresPersonReadsTest extends PersonReadsContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }
}
