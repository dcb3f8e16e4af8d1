package org.sijil.store.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.IncidentsContract;
import org.sijil.store.Register;

/**
 * The incidents contract on PostgreSQL (skips without a server, as {@code PostgresRegisterTest}).
 */
class PostgresIncidentsTest extends IncidentsContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }
}
