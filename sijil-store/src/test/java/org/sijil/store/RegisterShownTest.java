package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RegisterShownTest {

  @Test
  void aPostgresUrlGivenAsAPathIsShownAsItWasWritten() {
    // picocli's --db PATH keeps "postgresql://amal@db.example:6543/sijil" as "postgresql:/amal@..."
    Path given = Path.of("postgresql://amal@db.example:6543/sijil");
    assertEquals("postgresql://amal@db.example:6543/sijil", Register.shown(given));
  }

  @Test
  void aFileIsShownAsItsPath() {
    assertEquals("reg/sijil.db", Register.shown(Path.of("reg/sijil.db")));
    assertEquals("/tmp/a//b.db".replace("//", "/"), Register.shown(Path.of("/tmp/a//b.db")));
  }
}
