package org.sijil.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
