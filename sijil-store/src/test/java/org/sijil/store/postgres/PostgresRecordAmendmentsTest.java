package org.sijil.store.postgres;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.store.RecordAmendmentsContract;
import org.sijil.store.Register;

/**
 * The record amendments contract on PostgreSQL, each test in a fresh schema; skips without a
 * server, like {@code PostgresRegisterTest}.
 */
class PostgresRecordAmendmentsTest extends RecordAmendmentsContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }
}
