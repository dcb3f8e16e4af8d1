package org.sijil.app.copy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sijil.app.Actor;
import org.sijil.app.ProgressListener;
import org.sijil.app.users.ManageUsers;
import org.sijil.core.UserError;
import org.sijil.store.Register;

/**
 * The copy's checks: a log whose entries no longer hash to its stored tree is refused and nothing
 * is written; a copy into a register that holds rows is refused.
 */
class CopyRegisterTest {

  @TempDir Path dir;

  @Test
  void aSourceWhoseEntriesDoNotMatchItsTreeIsRefusedAndNothingWritten() throws Exception {
    Path a = dir.resolve("a.db");
    try (Register reg = Register.open(a)) {
      ManageUsers users = new ManageUsers(reg);
      users.save("amal", "analyst", "a long password".toCharArray(), 4, new Actor("root"));
      users.save("basem", "viewer", "a long password".toCharArray(), 4, new Actor("root"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + a);
        Statement s = c.createStatement()) {
      s.execute("UPDATE log_entries SET entry = entry || '\\x00'::BLOB WHERE entry_index = 1");
    }
    Path b = dir.resolve("b.db");
    try (Register from = Register.open(a);
        Register to = Register.open(b)) {
      UserError e =
          assertThrows(
              UserError.class, () -> new CopyRegister(from, to).copy(ProgressListener.NONE));
      assertTrue(e.getMessage().startsWith("copy refused, nothing was written"), e.getMessage());
      assertTrue(e.getMessage().contains("entries hash to"), e.getMessage());
      for (String t : to.tables().names()) {
        assertEquals(0, to.tables().count(t), t);
      }
    }
  }

  @Test
  void aDestinationWithRowsIsRefused() {
    try (Register from = Register.open(dir.resolve("a.db"));
        Register to = Register.open(dir.resolve("b.db"))) {
      new ManageUsers(to)
          .save("amal", "analyst", "a long password".toCharArray(), 4, new Actor("r"));
      UserError e =
          assertThrows(
              UserError.class, () -> new CopyRegister(from, to).copy(ProgressListener.NONE));
      assertTrue(e.getMessage().contains("already holds a register"), e.getMessage());
    }
  }
}
