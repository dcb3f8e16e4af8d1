package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sijil.core.UserError;
import org.sijil.store.Register;
import org.sijil.store.RegisterContract;

/**
 * The register contract on a real PostgreSQL server: each test in a fresh schema, dropped after it.
 * The server comes from the standard libpq variables ({@code PGHOST}, {@code PGPORT}, {@code
 * PGUSER}, {@code PGDATABASE}, {@code PGPASSWORD}; {@code pg_virtualenv} sets them). With no server
 * answering, the tests skip with a message, unless {@code SIJIL_REQUIRE_POSTGRES=1} (CI), where
 * they fail.
 */
class PostgresRegisterTest extends RegisterContract {

  @RegisterExtension final PostgresSchemas postgres = new PostgresSchemas();

  @Override
  protected Register create() {
    return postgres.create();
  }

  @Override
  protected Register reopen() {
    return postgres.reopen();
  }

  @Test
  void aUrlGivenAsAPathOpensTheSameRegister() {
    List<Integer> every =
        org.sijil.store.migrate.Migrations.available(PostgresRegister.MIGRATIONS).stream()
            .map(org.sijil.store.migrate.Migration::version)
            .toList();
    assertTrue(every.containsAll(List.of(1, 2, 3, 4, 5)), every.toString());
    try (Register reg = create()) {
      assertEquals(every, reg.schemaVersions());
    }
    // picocli's --db PATH turns "postgresql://u@h/db" into the path "postgresql:/u@h/db"
    Path asPath = Path.of(postgres.url());
    assertTrue(Register.isPostgres(asPath));
    assertTrue(Register.exists(asPath));
    try (Register reg = Register.open(asPath)) {
      assertEquals(every, reg.schemaVersions());
      assertTrue(reg.releases().list().isEmpty());
    }
  }

  @Test
  void anUpToDateRegisterOpensWhileAWriterHoldsTheLock() throws Exception {
    try (Register reg = create()) {
      assertFalse(reg.schemaVersions().isEmpty());
    }
    TestServer server = postgres.server();
    java.util.Properties login = new java.util.Properties();
    login.setProperty("user", server.user());
    if (server.password() != null) {
      login.setProperty("password", server.password());
    }
    try (Connection writer =
            DriverManager.getConnection(
                "jdbc:postgresql://"
                    + server.host()
                    + ":"
                    + server.port()
                    + "/"
                    + server.database(),
                login);
        Statement s = writer.createStatement()) {
      s.execute("SELECT pg_advisory_lock(" + PostgresRegister.WRITE_LOCK + ")");
      // A server opens its register per request: with nothing to migrate, the open reads the
      // schema's versions and does not queue behind an import or a link run holding the lock.
      try (Register reg = assertTimeoutPreemptively(Duration.ofSeconds(20), postgres::reopen)) {
        assertTrue(reg.releases().list().isEmpty());
      }
      s.execute("SELECT pg_advisory_unlock(" + PostgresRegister.WRITE_LOCK + ")");
    }
  }

  @Test
  void urlsAreParsedAndPasswordsRefused() {
    PostgresUrl u = PostgresUrl.parse("postgresql://amal@db.example:6543/sijil", Map.of());
    assertEquals(new PostgresUrl("amal", "db.example", 6543, "sijil", ""), u);
    assertEquals("jdbc:postgresql://db.example:6543/sijil", u.jdbcUrl());
    assertEquals(
        u,
        PostgresUrl.parse(Path.of("postgresql://amal@db.example:6543/sijil").toString(), Map.of()));
    PostgresUrl d =
        PostgresUrl.parse(
            "postgresql://db.example/sijil?sslmode=require", Map.of("PGUSER", "omar"));
    assertEquals(new PostgresUrl("omar", "db.example", 5432, "sijil", "sslmode=require"), d);
    UserError e =
        assertThrows(
            UserError.class,
            () -> PostgresUrl.parse("postgresql://amal:secret@db.example/sijil", Map.of()));
    assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertThrows(
        UserError.class, () -> PostgresUrl.parse("postgresql://amal@db.example/", Map.of()));
    assertFalse(Register.isPostgres(Path.of("postgresql.db")));
  }
}
