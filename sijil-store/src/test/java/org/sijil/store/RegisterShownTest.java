package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sijil.store.postgres.PostgresUrl;

class RegisterShownTest {

  @Test
  void aPostgresUrlGivenAsAPathIsShownAsItWasWritten() {
    // picocli's --db PATH keeps "postgresql://amal@db.example:6543/sijil" as "postgresql:/amal@..."
    Path given = Path.of("postgresql://amal@db.example:6543/sijil");
    assertEquals("postgresql://amal@db.example:6543/sijil", Register.shown(given));
  }

  @Test
  void theShortSchemeGivenAsAPathIsAPostgresRegisterToo() {
    Path given = Path.of("postgres://amal@db.example/sijil"); // "postgres:/amal@db.example/sijil"
    assertTrue(Register.isPostgres(given));
    PostgresUrl url = PostgresUrl.parse(given.toString(), Map.of());
    assertEquals("db.example", url.host());
    assertEquals("sijil", url.database());
    assertEquals("postgresql://amal@db.example/sijil", Register.shown(given));
  }

  @Test
  void aFileIsShownAsItsPath() {
    assertEquals("reg/sijil.db", Register.shown(Path.of("reg/sijil.db")));
  }
}
