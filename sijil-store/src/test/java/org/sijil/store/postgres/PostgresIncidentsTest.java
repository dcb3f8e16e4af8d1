package org.sijil.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.sijil.store.IncidentsContract;
import org.sijil.store.Register;

/**
 * The incidents contract on PostgreSQL (skips without a server, as {@code PostgresRegisterTest}).
 */
class PostgresIncidentsTest extends IncidentsContract {

  private final TestServer server = TestServer.fromEnvironment();
  private String schema;

  @Override
  protected Register create() {
    schema = server.freshSchema();
    return Register.open(server.url(schema));
  }

  @AfterEach
  void dropSchema() {
    if (schema != null) {
      server.dropSchema(schema);
    }
  }
}
