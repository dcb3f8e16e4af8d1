package org.sijil.store.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.Register;
import org.sijil.store.ServerAreasContract;

/** The server areas' contract on a real PostgreSQL server (skips without one, like the others). */
class PostgresServerAreasTest extends ServerAreasContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }

  @Override
  protected Register reopen() {
    return postgres.reopen();
  }
}
