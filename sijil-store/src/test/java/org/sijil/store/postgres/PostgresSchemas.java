package org.sijil.store.postgres;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sijil.store.Register;

/**
 * The set-up every PostgreSQL test shares, as a JUnit extension ({@code @RegisterExtension}): each
 * register a test creates lives in a fresh schema of the {@link TestServer}, and every schema made
 * during a test is dropped after it. Without a server the first {@link #create()} skips the test.
 */
public final class PostgresSchemas implements AfterEachCallback {

  private final TestServer server = TestServer.fromEnvironment();
  private final List<String> created = new ArrayList<>();

  /** The server the schemas live on. */
  public TestServer server() {
    return server;
  }

  /** A fresh, empty schema, dropped after the test. */
  public String freshSchema() {
    String schema = server.freshSchema();
    created.add(schema);
    return schema;
  }

  /** A new register in a fresh schema. */
  public Register create() {
    freshSchema();
    return reopen();
  }

  /** The register last created, opened again. */
  public Register reopen() {
    return Register.open(url());
  }

  /** The URL of the register last created. */
  public String url() {
    if (created.isEmpty()) {
      throw new IllegalStateException("no register created yet in this test");
    }
    return server.url(created.get(created.size() - 1));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    created.forEach(server::dropSchema);
    created.clear();
  }
}
