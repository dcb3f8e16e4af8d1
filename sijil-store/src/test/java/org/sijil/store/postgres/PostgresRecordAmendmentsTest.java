package org.sijil.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.sijil.store.RecordAmendmentsContract;
import org.sijil.store.Register;

/**
 * The record amendments contract on PostgreSQL, each test in a fresh schema; skips without a
 * server, like {@code PostgresRegisterTest}.
 */
class PostgresRecordAmendmentsTest extends RecordAmendmentsContract {

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
