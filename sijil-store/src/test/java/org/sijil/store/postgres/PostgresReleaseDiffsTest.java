package org.sijil.store.postgres;

import org.junit.jupiter.api.AfterEach;
import org.sijil.store.Register;
import org.sijil.store.ReleaseDiffsContract;

/**
 * The release diffs contract on PostgreSQL, each test in a fresh schema; skips without a server,
 * like {@code PostgresRegisterTest}.
 */
class PostgresReleaseDiffsTest extends ReleaseDiffsContract {

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
