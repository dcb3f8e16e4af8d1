package org.sijil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {

  @TempDir Path dir;

  @Test
  void usersAreAddedReplacedAndSurviveReopening() {
    Path db = dir.resolve("r.db");
    try (Register reg = Register.open(db)) {
      assertTrue(reg.schemaVersions().contains(3));
      assertTrue(reg.users().find("amal").isEmpty());
      reg.users().save("amal", "analyst", "$2a$04$hash-one", "root");
      reg.users().save("basem", "admin", "$2a$04$hash-two", "root");
      reg.users().save("amal", "admin", "$2a$04$hash-three", "amal");
    }
    try (Register reg = Register.open(db)) {
      StoredUser amal = reg.users().find("amal").orElseThrow();
      assertEquals("admin", amal.role());
      assertEquals("$2a$04$hash-three", amal.passwordHash());
      assertTrue(!amal.updatedAt().isBefore(amal.createdAt()));
      assertEquals(2, reg.users().list().size());
      assertEquals("amal", reg.users().list().get(0).name());
    }
  }
}
