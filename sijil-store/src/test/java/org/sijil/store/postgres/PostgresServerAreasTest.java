package org.sijil.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.sijil.store.Register;
import org.sijil.store.ServerAreasContract;

/** The server areas' contract on a real PostgreSQL server (skips without one, like the others). */
class PostgresServerAreasTest extends ServerAreasContract {

  private final TestServer server = TestServer.fromEnvironment();
  private String schema;

  @Override
  protected Register create() {
    schema = server.freshSchema();
    return reopen();
  }

  @Override
  protected Register reopen() {
    return Register.open(server.url(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      server.dropSchema(schema);
    }
  }
}
